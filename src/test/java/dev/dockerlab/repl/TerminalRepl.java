package dev.dockerlab.repl;

import dev.dockerlab.testing.Tmux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * dockerlab's REPL started as a learner starts it, in a real terminal (tmux,
 * TERM=screen), on a one-lesson course of the test's, with its own home, lab
 * and state folders. No daemon unless the test gives one.
 */
final class TerminalRepl {

    private TerminalRepl() {
    }

    /**
     * @param lesson   the lesson file's text; its id is {@code id}
     * @param settings environment on top of the defaults (e.g. DOCKER_HOST, NO_COLOR)
     */
    static Tmux start(Path home, String id, String lesson, Map<String, String> settings, int columns, int rows)
            throws IOException {
        return start(home, id, lesson, settings, columns, rows, List.of());
    }

    /** @param options more options of learn, after the lesson id (e.g. --watch) */
    static Tmux start(Path home, String id, String lesson, Map<String, String> settings, int columns, int rows,
                      List<String> options) throws IOException {
        assumeTrue(Tmux.installed() || requireTools(), "tmux is not installed");
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("01-" + id + ".md"), lesson);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("DOCKERLAB_LESSONS", lessons.toString());
        // a course of the test's own, not the shipped one: run it without asking
        env.put("DOCKERLAB_TRUST", "1");
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKER_HOST", "unix://" + home.resolve("no-daemon.sock"));
        env.putAll(settings);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main", "learn", id));
        command.addAll(options);
        return Tmux.start(home, env, columns, rows, command);
    }

    /** Where the suite must run whole (CI, scripts/test), a missing tmux fails instead of skipping. */
    private static boolean requireTools() {
        if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null) {
            throw new AssertionError("tmux is missing; scripts/test installs it (apt-get install tmux)");
        }
        return false;
    }
}
