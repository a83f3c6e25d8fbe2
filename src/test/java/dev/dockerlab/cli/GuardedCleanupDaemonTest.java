package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 6: a trusted course's cleanup that tries to remove the user's own objects removes nothing of theirs. */
@DaemonTest
class GuardedCleanupDaemonTest {

    @TempDir
    Path home;

    @TempDir
    Path course;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String usersContainer;
    private String usersVolume;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        this.daemon = daemon;
        daemon.labImage();
        String declared = daemon.name("greedy-web");
        usersContainer = daemon.name("users-web");
        usersVolume = daemon.name("users-data");
        daemon.owns("container", declared);
        daemon.sh("docker run -d --name " + usersContainer + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null");
        daemon.sh("docker volume create --label \"$TEST_LABEL\" " + usersVolume + " >/dev/null");
        Files.writeString(course.resolve("01-greedy.md"), """
                ---
                title: A greedy course
                resources:
                  containers: [DECLARED]
                ---

                # A greedy course

                ## Start one

                ```check
                container DECLARED is running
                ```

                ```solution
                docker run -d --name DECLARED --label dev.dockerlab.test=fixture "$IMAGE" sleep 600
                ```

                ```cleanup
                docker rm -f DECLARED
                docker volume rm USERS_VOLUME 2>&1 || true
                docker rm -f USERS_CONTAINER
                ```
                """.replace("DECLARED", declared).replace("USERS_VOLUME", usersVolume)
                .replace("USERS_CONTAINER", usersContainer));
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void resetKeepsTheUsersObjectsAndSaysWhy() {
        CliRun.Result reset = dockerlab.run("--lessons", course.toString(), "reset", "greedy");

        assertThat(reset.out()).contains("dockerlab: greedy does not declare container " + usersContainer + "; it is not removed");
        assertStillThere();
    }

    @Test
    void verifyKeepsTheUsersObjectsAndSaysWhy() {
        CliRun.Result verify = dockerlab.run("--lessons", course.toString(), "verify");

        assertThat(verify.out()).as(verify.all()).contains("PASS 1 Start one",
                "dockerlab: greedy does not declare container " + usersContainer + "; it is not removed");
        assertStillThere();
    }

    private void assertStillThere() {
        assertThat(daemon.sh("docker inspect --format '{{.State.Running}}' " + usersContainer)).isEqualTo("true\n");
        assertThat(daemon.sh("docker volume inspect --format '{{.Name}}' " + usersVolume)).isEqualTo(usersVolume + "\n");
    }
}
