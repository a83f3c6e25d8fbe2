package dev.dockerlab.cli;

import dev.dockerlab.testing.CliProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dockerlab killed (SIGKILL) between a solution making its object and the
 * record of it: the next run claims it by the intent written before the
 * script, and passes without --force. A learner's own object of that name,
 * made outside any run, is still refused.
 */
@DaemonTest
class KilledRunDaemonTest {

    @TempDir
    Path home;

    private CliProcess dockerlab() {
        CliProcess dockerlab = CliProcess.fromTestClassPath(home);
        if (System.getenv("DOCKER_HOST") != null) {
            dockerlab.env("DOCKER_HOST", System.getenv("DOCKER_HOST"));
        }
        return dockerlab;
    }

    @Test
    void whatTheKilledSolutionMadeIsClaimedByTheNextRun(TestDaemon daemon) throws Exception {
        daemon.labImage();
        daemon.owns("container", "dlfx-killed-after");
        String lesson = CliRun.fixture("killed-after-create").toString();

        CliProcess.Result killed = dockerlab().run("verify", lesson);
        assertThat(killed.status()).as("the run was killed").isEqualTo(137);
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).contains("dlfx-killed-after");

        CliProcess.Result next = dockerlab().run("verify", lesson);

        assertThat(next.status()).as(next.output()).isEqualTo(ExitCode.OK);
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-killed-after");
    }

    @Test
    void aLearnersObjectMadeAfterAKilledRunIsStillRefused(TestDaemon daemon) throws Exception {
        daemon.labImage();
        daemon.owns("container", "dlfx-killed-after");
        String lesson = CliRun.fixture("killed-after-create").toString();
        assertThat(dockerlab().run("verify", lesson).status()).as("the run was killed").isEqualTo(137);
        CliProcess.Result reset = dockerlab().run("reset", lesson);
        assertThat(reset.status()).as(reset.output()).isEqualTo(ExitCode.OK);
        daemon.sh("sleep 1; docker create --name dlfx-killed-after --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null");

        CliProcess.Result refused = dockerlab().run("verify", lesson);

        assertThat(refused.output()).contains("container dlfx-killed-after already exists and dockerlab did not make it");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).contains("dlfx-killed-after");
    }
}
