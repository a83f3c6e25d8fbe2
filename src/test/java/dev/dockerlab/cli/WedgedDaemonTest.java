package dev.dockerlab.cli;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.testing.Processes;
import dev.dockerlab.testing.SilentDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A daemon that takes the connection and then says nothing (a SIGSTOPped
 * dockerd) must end dockerlab with one sentence, not hang it. The server
 * here is a unix socket that may answer /version and then goes silent.
 */
class WedgedDaemonTest {

    /** Only a guard so a regression cannot hang the suite; the product's bound is DOCKERLAB_DAEMON_TIMEOUT. */
    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private SilentDaemon daemon;

    @AfterEach
    void stopServer() throws IOException {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void aDaemonThatNeverAnswersEndsCheckWithASentence() throws IOException {
        Path socket = silentDaemon(false);

        CliRun.Result result = assertTimeoutPreemptively(GUARD, () -> run(socket, "check", "bind-mounts"));

        assertThat(result.status()).isNotZero();
        assertThat(result.all()).contains("The Docker daemon at unix://" + socket + " (DOCKER_HOST) did not answer within 2 s (while asking for the daemon's version)")
                .contains("paused or overloaded").doesNotContain("Exception");
    }

    @Test
    void doctorAsksTheDockerCliWithinTheBoundToo() throws IOException {
        Path socket = silentDaemon(false);

        CliRun.Result result = assertTimeoutPreemptively(GUARD, () -> run(socket, "doctor"));

        assertThat(result.status()).isNotZero();
        assertThat(result.all()).contains("did not answer within 2 s (while asking for the daemon's version)")
                .contains("`docker version` did not finish within 2 s and was stopped")
                .contains("is `docker ps` answering?").doesNotContain("Exception");
        assertThat(Processes.mentioning(socket.toString())).isEmpty();
    }

    @Test
    void aDaemonThatStopsAnsweringAfterHelloEndsCheckWithASentenceNamingTheCall() throws IOException {
        Path socket = silentDaemon(true);

        CliRun.Result result = assertTimeoutPreemptively(GUARD, () -> run(socket, "check", "bind-mounts"));

        assertThat(result.status()).isNotZero();
        assertThat(result.all()).contains("The Docker daemon at unix://" + socket + " (DOCKER_HOST) did not answer within 2 s (while listing containers)")
                .contains("paused or overloaded").doesNotContain("Exception");
    }

    private CliRun.Result run(Path socket, String... args) {
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + socket, "DOCKERLAB_DAEMON_TIMEOUT", "2");
        CliRun run = new CliRun(home, () -> DaemonConnector.forEnvironment(env,
                new EndpointDiscovery(env, home, Files::exists)).connect());
        env.forEach(run::env);
        return run.run(args);
    }

    private Path silentDaemon(boolean answersVersion) throws IOException {
        Path socket = home.resolve("docker.sock");
        daemon = answersVersion ? SilentDaemon.answeringVersionAt(socket) : SilentDaemon.at(socket);
        return socket;
    }
}
