package dev.dockerlab.cli;

import dev.dockerlab.testing.CliProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.OwnDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daemon is killed (SIGKILL) while verify runs a solution, and started
 * again on the same data root: the objects the killed run made must be
 * dockerlab's to the next run, which passes without --force and leaves nothing.
 * The daemon is the test's own, so killing it disturbs no other test.
 */
@DaemonTest
class KilledDaemonDaemonTest {

    /** A guard so a regression cannot hang the suite, not a measure of anything. */
    private static final long GUARD_SECONDS = 300;

    @TempDir
    Path home;

    @Test
    void aRunWhoseDaemonWasKilledMidSolutionDoesNotBlockTheNext() throws Exception {
        try (OwnDaemon daemon = OwnDaemon.start()) {
            CliProcess dockerlab = CliProcess.fromTestClassPath(home).env("DOCKER_HOST", daemon.host())
                    .env("DOCKERLAB_DAEMON_TIMEOUT", "20");
            Path lab = home.resolve("lab");
            String lesson = CliRun.fixture("daemon-killed").toString();

            Process crashed = dockerlab.start("verify", lesson);
            CompletableFuture<String> crashedOutput = CompletableFuture.supplyAsync(() -> outputOf(crashed));
            waitFor(lab.resolve("solution-waiting"), crashed, crashedOutput);
            daemon.kill9();
            Files.createFile(lab.resolve("go-on"));
            assertThat(crashed.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).as("the run ends once its daemon is gone").isTrue();
            assertThat(crashed.exitValue()).as(crashedOutput.get()).isNotEqualTo(ExitCode.OK);

            daemon.restart();
            assertThat(daemon.docker("ps", "-a", "--format", "{{.Names}}"))
                    .as("the killed run's objects outlived it").contains("dlfx-killed-web", "dlfx-killed-bind");
            CliProcess.Result next = dockerlab.run("verify", lesson);

            assertThat(next.status()).as(next.output()).isEqualTo(ExitCode.OK);
            assertThat(next.output()).doesNotContain("may be yours").contains("1 lesson, 2 exercises: 2 passed, 0 failed");
            assertThat(daemon.docker("ps", "-a", "--format", "{{.Names}}")).doesNotContain("dlfx-killed");
            assertThat(daemon.docker("volume", "ls", "-q")).as("the anonymous volume went with its container").isBlank();
            assertThat(lab.resolve("bound")).doesNotExist();

            CliProcess.Result reset = dockerlab.run("reset", lesson);
            assertThat(reset.status()).as(reset.output()).isEqualTo(ExitCode.OK);
        }
    }

    private static String outputOf(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(output unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static void waitFor(Path marker, Process run, CompletableFuture<String> output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!Files.exists(marker)) {
            if (!run.isAlive()) {
                throw new AssertionError("verify ended before the solution waited:\n" + output.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the solution never reached its waiting point");
            }
            Thread.sleep(100);
        }
    }
}
