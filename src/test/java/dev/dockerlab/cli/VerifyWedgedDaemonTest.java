package dev.dockerlab.cli;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.Processes;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.WedgingProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The daemon falls silent while a lesson script runs (the script's own docker
 * client wedges the proxy in front of the test daemon): verify ends with one
 * sentence naming the step and the daemon, exit status 3, within the script's
 * bound and a few seconds, and leaves no docker client running.
 */
@DaemonTest
class VerifyWedgedDaemonTest {

    /** Only a guard so a regression cannot hang the suite: the bounds are 3 s for a script, 2 s for the daemon. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private WedgingProxy proxy;
    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        daemon.labImage();
        daemon.owns("container", "dlfx-wedge-web");
        proxy = new WedgingProxy(home.resolve("proxy.sock"), Path.of(daemon.connection().endpoint().uri().getPath()));
        Map<String, String> env = Map.of("DOCKER_HOST", proxy.host(), "DOCKERLAB_DAEMON_TIMEOUT", "2",
                "DOCKERLAB_SCRIPT_TIMEOUT", "3");
        dockerlab = new CliRun(home, () -> DaemonConnector.forEnvironment(env,
                new EndpointDiscovery(env, home, Files::exists)).connect());
        env.forEach(dockerlab::env);
    }

    @AfterEach
    void stopProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aDaemonThatFallsSilentDuringASetupEndsVerifyWithOneSentenceAndNoDockerLeft() throws IOException {
        Path course = Files.createDirectories(home.resolve("course"));
        Files.writeString(course.resolve("01-wedge.md"), """
                ---
                title: A daemon that falls silent
                resources:
                  containers: [dlfx-wedge-web]
                ---

                # A daemon that falls silent

                ## Start a server

                ```setup
                docker -H %1$s ps
                ```

                ```check
                container dlfx-wedge-web is running
                ```

                ```solution
                docker run -d --name dlfx-wedge-web --label dev.dockerlab.test=fixture "$IMAGE" sleep 600
                ```

                ```cleanup
                docker -H %1$s rm -f dlfx-wedge-web
                ```
                """.formatted(proxy.host()));

        CliRun.Result run = assertTimeoutPreemptively(GUARD, () -> dockerlab.run("verify", course.toString()));

        assertThat(proxy.wedged()).isTrue();
        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NO_DAEMON);
        assertThat(run.err()).isEqualTo("dockerlab: The setup of exercise 1 of lesson wedge did not finish within 3 s: "
                + "the Docker daemon at " + proxy.host() + " (DOCKER_HOST) did not answer within 2 s (while pinging the "
                + "daemon); is it paused or overloaded? Restart it (scripts/docker-up), or give it longer with "
                + "DOCKERLAB_DAEMON_TIMEOUT=SECONDS.\n");
        assertThat(Processes.mentioning(proxy.socket().toString())).isEmpty();
    }
}
