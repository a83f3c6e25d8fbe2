package dev.dockerlab.cli;

import dev.dockerlab.testing.CliProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dockerlab check} judges "is the one from the start" against the
 * start the learner's REPL recorded, not as unknown: the same answer the
 * REPL gives, from another terminal.
 */
@DaemonTest
class CheckStartFromReplDaemonTest {

    private static final String LESSON = """
            ---
            title: The same container
            resources:
              containers: [dlfx-idc-web]
            ---

            # The same container

            A fixture: the setup starts a container, the check wants that very one.

            ## Keep the container

            ```setup
            docker run -d --name dlfx-idc-web --label dev.dockerlab.test=fixture "$IMAGE" sleep 600 >/dev/null
            ```

            ```check
            container dlfx-idc-web is running
            container dlfx-idc-web is the one from the start
            ```

            ```solution
            docker start dlfx-idc-web
            ```
            """;

    @TempDir
    Path home;

    @Test
    void checkComparesWithTheStartTheReplRecorded(TestDaemon daemon) throws Exception {
        daemon.labImage();
        daemon.owns("container", "dlfx-idc-web");
        Path lesson = Files.createDirectories(home.resolve("course")).resolve("01-same.md");
        Files.writeString(lesson, LESSON);
        Path quit = Files.writeString(home.resolve("session.txt"), "/quit\n");

        CliProcess.Result learned = dockerlab().input(quit).run("--lessons", lesson.getParent().toString(), "learn", "same");
        assertThat(learned.output()).as("the REPL entered the exercise").contains("Keep the container");

        CliProcess.Result same = dockerlab().run("--lessons", lesson.getParent().toString(), "check", "same", "1");
        assertThat(same.status()).as(same.output()).isEqualTo(ExitCode.OK);
        assertThat(same.output()).contains("[x] container dlfx-idc-web is the one from the start");

        daemon.sh("docker rm -f dlfx-idc-web >/dev/null && docker run -d --name dlfx-idc-web --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600");
        CliProcess.Result remade = dockerlab().run("--lessons", lesson.getParent().toString(), "check", "same", "1");

        assertThat(remade.status()).as(remade.output()).isEqualTo(ExitCode.NOT_OK);
        assertThat(remade.output()).contains("[ ] container dlfx-idc-web is the one from the start")
                .doesNotContain("[?]");
    }

    private CliProcess dockerlab() {
        CliProcess dockerlab = CliProcess.fromTestClassPath(home);
        if (System.getenv("DOCKER_HOST") != null) {
            dockerlab.env("DOCKER_HOST", System.getenv("DOCKER_HOST"));
        }
        return dockerlab;
    }
}
