package dev.dockerlab.repl;

import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Colour at a real terminal: the prompt is styled, unless NO_COLOR says otherwise (no-color.org). */
class TerminalColourTest {

    private static final String PROMPT = "[colours 1/1] $ ";

    @TempDir
    Path home;

    private Tmux tmux;

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void thePromptIsStyledByDefault() throws IOException {
        String prompt = promptLine(Map.of());
        assertThat(prompt).contains("\u001b[");
    }

    @Test
    void noColorLeavesThePromptAndEveryLinePlain() throws IOException {
        String screen = start(Map.of("NO_COLOR", "1"));
        assertThat(screen).contains(PROMPT.strip()).doesNotContain("\u001b[");
    }

    private String promptLine(Map<String, String> extra) throws IOException {
        return start(extra).lines().filter(line -> line.contains("colours 1/1")).findFirst().orElseThrow();
    }

    private String start(Map<String, String> extra) throws IOException {
        assumeTrue(Tmux.installed() || TerminalInputTestSupport.requireTools(), "tmux is not installed");
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("01-colours.md"), """
                ---
                title: Colours
                ---

                # Colours

                ## Look at the prompt

                Text with `code` and **bold**.
                """);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("DOCKERLAB_LESSONS", lessons.toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKER_HOST", "unix://" + home.resolve("no-daemon.sock"));
        env.putAll(extra);
        tmux = Tmux.start(home, env, 100, 30, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main", "learn", "colours"));
        tmux.await("the prompt", text -> text.contains(PROMPT));
        return tmux.styledScreen();
    }
}
