package dev.dockerlab.present;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
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

/**
 * dockerlab present as the instructor runs it, in a real 80x24 terminal
 * (tmux): the step's header and task stay at the top and its checklist at
 * the foot while the commands' output scrolls between them.
 */
@DaemonTest
class PresentTerminalDaemonTest {

    private static final String LESSON = """
            ---
            title: Pinned
            resources:
              volumes: [dlpr-pinned-data]
            ---

            # Pinned

            A lesson for the projector layout.

            ## Make a volume

            Make a volume for the shop's pages.

            ```sh
            seq 101 140
            ```

            ```check
            volume dlpr-pinned-data exists
            ```

            ```solution
            docker volume create --label dev.dockerlab.test=fixture dlpr-pinned-data
            ```
            """;

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
    void afterTwoCommandsTheHeaderAndTaskAreStillAtTheTopAndTheChecklistAtTheFoot(TestDaemon daemon) throws IOException {
        daemon.owns("volume", "dlpr-pinned-data");
        tmux = present(daemon, 80, 24);
        tmux.await("the introduction", text -> text.contains("Keys:"));
        tmux.type(" ");
        tmux.await("the first command typed", text -> text.contains("$ seq 101 140"));
        tmux.type(" ");
        tmux.await("the second command typed", text -> text.contains("$ docker volume create"));
        tmux.type(" ");
        tmux.await("the exercise done", text -> text.contains("✔ Exercise 1 done"));
        tmux.await("the step's end", text -> text.contains("Next: the end of the lesson."));

        List<String> screen = tmux.screen().lines().toList();
        assertThat(screen.get(0)).as(String.join("\n", screen)).startsWith("┏━━━");
        assertThat(String.join("\n", screen.subList(0, 8))).contains("STEP 1 OF 1 · EXERCISE 1 OF 1", "Make a volume");
        assertThat(String.join("\n", screen)).contains("Make a volume for the shop's pages.", "140", "dlpr-pinned-data")
                .doesNotContain("Keys:");
        assertThat(screen.stream().filter(line -> line.contains("Exercise 1")).count()).as("one checklist, kept in place")
                .isEqualTo(1);
        List<String> foot = screen.stream().filter(line -> !line.isBlank()).toList();
        assertThat(foot.get(foot.size() - 1)).contains("✔ Exercise 1 done");
        assertThat(foot.get(foot.size() - 2)).contains("[x] volume dlpr-pinned-data exists");

        tmux.type("q");
        tmux.await("the end", text -> text.contains("Cleaned up"));
    }

    private Tmux present(TestDaemon daemon, int columns, int rows) throws IOException {
        if (!Tmux.installed()) {
            // where the suite must run whole (CI, scripts/test), a missing tmux fails instead of skipping
            assertThat(System.getenv("DOCKERLAB_REQUIRE_DAEMON")).as("tmux is missing; scripts/test installs it").isNull();
            assumeTrue(false, "tmux is not installed");
        }
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("01-pinned.md"), LESSON);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("LANG", "C.UTF-8");
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("DOCKERLAB_LESSONS", lessons.toString());
        // a course of the test's own, not the shipped one: run it without asking
        env.put("DOCKERLAB_TRUST", "1");
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKERLAB_IMAGE", daemon.labImage());
        env.put("DOCKER_HOST", daemon.connection().endpoint().uri().toString());
        return Tmux.start(home, env, columns, rows, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main", "present", "pinned",
                "--typing-delay", "0"));
    }
}
