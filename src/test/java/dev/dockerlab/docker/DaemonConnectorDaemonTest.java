package dev.dockerlab.docker;

import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DaemonTest
class DaemonConnectorDaemonTest {

    @Test
    void speaksTheNegotiatedVersionToTheRealDaemon(TestDaemon daemon) {
        DockerConnection connection = daemon.connection();

        assertThat(connection.apiVersion()).isEqualTo(ApiVersion.negotiate(
                connection.version().getApiVersion(), connection.version().getMinAPIVersion()));
        assertThat(connection.client().infoCmd().exec().getDockerRootDir()).isNotBlank();
    }

    @Test
    void aDockerHostThatDoesNotExistIsOneSentence() {
        DaemonConnector connector = new DaemonConnector(
                new EndpointDiscovery(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"), Path.of("/nonexistent"), path -> false));

        assertThatThrownBy(connector::connect)
                .isInstanceOf(DockerUnavailable.class)
                .hasMessage("No Docker daemon answers at unix:///nonexistent/docker.sock (DOCKER_HOST): the socket does "
                        + "not exist; check that the daemon there is running, or unset DOCKER_HOST to use a local one.");
    }

    @Test
    void noSocketAtAllNamesEveryPlaceTried() {
        DaemonConnector connector = new DaemonConnector(new EndpointDiscovery(Map.of(), Path.of("/nonexistent"), path -> false));

        assertThatThrownBy(connector::connect)
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageStartingWith("No Docker daemon found: DOCKER_HOST is unset")
                .hasMessageContaining("/var/run/docker.sock, /nonexistent/.docker/run/docker.sock")
                .hasMessageEndingWith("start one with scripts/docker-up (or install Docker and start it).");
    }

    @Test
    void sshHostsAreNotSupportedYetAndSaySo() {
        DaemonConnector connector = new DaemonConnector(new EndpointDiscovery(Map.of(), Path.of("/"), path -> false));

        assertThatThrownBy(() -> connector.open(new Endpoint(URI.create("ssh://me@box"), "DOCKER_HOST", true)))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageStartingWith("Docker hosts reached over ssh:// (ssh://me@box (DOCKER_HOST)) are not supported yet");
    }
}
