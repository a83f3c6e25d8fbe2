package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestEnvironment;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two verify runs of one lesson on one daemon, as two processes: the first
 * is held mid-solution (the fixture waits for a file) while the second
 * starts. The second waits for the first or is not run, naming it; neither
 * removes the other's objects, and neither gives a wrong verdict.
 */
@DaemonTest
@Timeout(300)
class VerifyAtOnceDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private final List<DockerlabProcess> started = new ArrayList<>();

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-slow-web").owns("volume", "dockerlab-run-slow");
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        Files.createDirectories(home.resolve("lab"));
        Files.writeString(home.resolve("lab/slow-go"), "");
        for (DockerlabProcess process : started) {
            process.kill();
        }
    }

    private DockerlabProcess verify(String state, String... options) throws Exception {
        Map<String, String> env = TestEnvironment.isolated(home, state);
        List<String> args = new ArrayList<>(List.of("verify", CliRun.fixture("slow").toString()));
        args.addAll(List.of(options));
        DockerlabProcess process = DockerlabProcess.start(home, env, args.toArray(String[]::new));
        started.add(process);
        return process;
    }

    /** Starts the first run and waits until it is mid-solution, its container made. */
    private DockerlabProcess firstHeldMidSolution() throws Exception {
        DockerlabProcess first = verify("state");
        while (!Files.exists(home.resolve("lab/slow-started"))) {
            first.awaitOutput("01 slow");
            Thread.sleep(200);
        }
        return first;
    }

    /** Lets a run's solution end once it is under way (a verify removes the lesson's paths as it begins). */
    private void releaseWhenMidSolution(DockerlabProcess run) throws Exception {
        while (!Files.exists(home.resolve("lab/slow-started"))) {
            run.awaitOutput("01 slow");
            Thread.sleep(200);
        }
        Files.writeString(home.resolve("lab/slow-go"), "");
    }

    private String containerId() {
        return daemon.sh("docker inspect -f '{{.Id}}' dlfx-slow-web").strip();
    }

    private void assertFirstPassesAlone(DockerlabProcess first) throws Exception {
        Files.writeString(home.resolve("lab/slow-go"), "");
        int status = first.exitStatus();
        assertThat(first.out()).as(first.out()).contains("PASS 1 Start a container and wait", "1 passed, 0 failed");
        assertThat(status).as(first.out()).isZero();
    }

    @Test
    void aSecondVerifyFromTheSameStateFolderIsNotRunAndNamesTheFirst() throws Exception {
        DockerlabProcess first = firstHeldMidSolution();
        String container = containerId();

        DockerlabProcess second = verify("state", "--wait", "0");
        int status = second.exitStatus();

        assertThat(second.out()).as(second.out())
                .contains("SKIP 1 Start a container and wait", "Not run: verify (pid " + first.pid() + " on ",
                        ", lesson slow) is verifying this lesson on the same daemon and did not end within 0 s;")
                .doesNotContain("PASS", "FAIL");
        assertThat(status).isEqualTo(ExitCode.NOT_OK);
        assertThat(containerId()).as("the first run's container is left alone").isEqualTo(container);
        assertFirstPassesAlone(first);
    }

    @Test
    void aSecondVerifyFromAnotherStateFolderSeesTheFirstOnTheDaemon() throws Exception {
        DockerlabProcess first = firstHeldMidSolution();
        String container = containerId();

        DockerlabProcess second = verify("other-state", "--wait", "0");
        int status = second.exitStatus();

        assertThat(second.out()).as(second.out())
                .contains("Not run: verify (pid " + first.pid() + " on ", "is verifying this lesson on the same daemon")
                .doesNotContain("PASS", "FAIL", "may be yours");
        assertThat(status).isEqualTo(ExitCode.NOT_OK);
        assertThat(containerId()).isEqualTo(container);
        assertFirstPassesAlone(first);
    }

    @Test
    void aSecondVerifyWaitsForTheFirstThenProvesTheLessonItself() throws Exception {
        DockerlabProcess first = firstHeldMidSolution();
        DockerlabProcess second = verify("state");
        second.awaitOutput("waiting for verify (pid " + first.pid());
        Files.delete(home.resolve("lab/slow-started"));

        assertFirstPassesAlone(first);
        releaseWhenMidSolution(second);
        int status = second.exitStatus();

        assertThat(second.out()).as(second.out()).contains("PASS 1 Start a container and wait", "1 passed, 0 failed");
        assertThat(status).isZero();
        assertThat(daemon.sh("docker volume ls -q")).as("no marker is left").doesNotContain("dockerlab-run-slow");
    }

    @Test
    void aMarkerOfAKilledRunDoesNotBlockTheNext() throws Exception {
        DockerlabProcess first = firstHeldMidSolution();
        first.kill();
        first.exitStatus();
        Files.delete(home.resolve("lab/slow-started"));

        DockerlabProcess next = verify("other-state", "--wait", "0", "--force");
        releaseWhenMidSolution(next);
        int status = next.exitStatus();

        assertThat(next.out()).as(next.out()).contains("PASS 1 Start a container and wait").doesNotContain("Not run");
        assertThat(status).isZero();
    }
}
