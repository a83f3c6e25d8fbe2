package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.cli.DockerlabProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a lesson while a verify of it runs on the same daemon: the
 * REPL runs nothing there and says why; a verify does not run a lesson a REPL
 * has open. Neither removes the other's objects.
 */
@DaemonTest
@Timeout(300)
class ReplAndVerifyDaemonTest {

    private static final Path SLOW = Path.of("src/test/resources/lessons/slow").toAbsolutePath();

    @TempDir
    Path home;

    private TestDaemon daemon;
    private DockerlabProcess verify;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-slow-web").owns("volume", "dockerlab-run-slow");
    }

    @AfterEach
    void letTheVerifyEnd() throws Exception {
        Files.createDirectories(home.resolve("lab"));
        Files.writeString(home.resolve("lab/slow-go"), "");
        if (verify != null) {
            verify.kill();
        }
    }

    private Map<String, String> env() {
        return TestEnvironment.isolated(home, "state");
    }

    private AppContext context() {
        return new AppContext(TestEnvironment.process(env()), home, daemon::connection);
    }

    private Settings settings() {
        return new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(), SLOW, false);
    }

    @Test
    void aReplRunsNothingInALessonAVerifyIsProvingAndSaysWhichRun() throws Exception {
        verify = DockerlabProcess.start(home, env(), "verify", SLOW.toString());
        while (!Files.exists(home.resolve("lab/slow-started"))) {
            verify.awaitOutput("01 slow");
            Thread.sleep(200);
        }
        String container = daemon.sh("docker inspect -f '{{.Id}}' dlfx-slow-web");
        StringWriter out = new StringWriter();

        ReplLauncher.scripted(context(), settings(), Optional.empty(),
                new StringReader("/goto slow:1\n/check\necho ran-$((40+2))\ndocker rm -f dlfx-slow-web\n/exit\n"), new PrintWriter(out));

        assertThat(out.toString()).as(out.toString())
                .contains("Not run: verify (pid " + verify.pid() + " on ", "is verifying lesson slow on the same daemon now")
                .doesNotContain("ran-42");
        assertThat(daemon.sh("docker inspect -f '{{.Id}}' dlfx-slow-web")).isEqualTo(container);
        Files.writeString(home.resolve("lab/slow-go"), "");
        int status = verify.exitStatus();
        assertThat(verify.out()).as(verify.out()).contains("PASS 1 Start a container and wait");
        assertThat(status).isZero();
    }

    @Test
    void aVerifyDoesNotRunALessonAReplHasOpen() throws Exception {
        try (BackgroundRepl repl = new BackgroundRepl(context(), settings())) {
            repl.typeAndWait("/goto slow:1\n/check\n");

            verify = DockerlabProcess.start(home, env(), "verify", SLOW.toString(), "--wait", "0");
            int status = verify.exitStatus();

            assertThat(verify.out()).as(verify.out())
                    .contains("Not run: a REPL (pid " + ProcessHandle.current().pid() + " on ", "lesson slow) has this lesson open")
                    .doesNotContain("PASS", "FAIL");
            assertThat(status).isEqualTo(1);
            assertThat(repl.exit()).as(repl.out()).isZero();
        }
    }
}
