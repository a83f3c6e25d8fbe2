package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointDiscoveryTest {

    @TempDir
    Path home;

    @Test
    void dockerHostIsTheOnlyCandidateWhenSet() {
        EndpointDiscovery discovery = new EndpointDiscovery(Map.of("DOCKER_HOST", "tcp://10.0.0.9:2375"), home, path -> true);

        assertThat(discovery.candidates())
                .containsExactly(new Endpoint(java.net.URI.create("tcp://10.0.0.9:2375"), "DOCKER_HOST", true));
    }

    @Test
    void socketsAreTriedInTheUsualOrderAndOnlyWhenTheyExist() {
        Set<Path> existing = Set.of(home.resolve(".colima/default/docker.sock"), Path.of("/run/user/1000/docker.sock"));
        EndpointDiscovery discovery = new EndpointDiscovery(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home, existing::contains);

        assertThat(discovery.candidates()).extracting(Endpoint::source).containsExactly("rootless Docker", "colima");
    }

    @Test
    void everyWellKnownSocketIsNamedForTheMessage() {
        EndpointDiscovery discovery = new EndpointDiscovery(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home, path -> false);

        assertThat(discovery.wellKnownSockets()).extracting(endpoint -> endpoint.uri().getPath()).containsExactly(
                "/var/run/docker.sock", "/run/user/1000/docker.sock",
                home + "/.docker/run/docker.sock", home + "/.docker/desktop/docker.sock",
                home + "/.colima/default/docker.sock", home + "/.rd/docker.sock",
                "/run/user/1000/podman/podman.sock", "/run/podman/podman.sock");
        assertThat(discovery.candidates()).isEmpty();
    }

    @Test
    void theCliConfigsCurrentContextIsResolvedThroughItsMetadata() throws IOException {
        Path config = home.resolve(".docker");
        Files.createDirectories(config);
        Files.writeString(config.resolve("config.json"), "{\"currentContext\": \"lab\"}");
        // The docker CLI stores a context under contexts/meta/<sha256 of its name>/meta.json.
        Path meta = config.resolve("contexts/meta/" + sha256("lab"));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"),
                "{\"Name\":\"lab\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"unix:///tmp/lab.sock\",\"SkipTLSVerify\":false}}}");
        EndpointDiscovery discovery = new EndpointDiscovery(Map.of(), home, path -> true);

        assertThat(discovery.candidates()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.uri().toString()).isEqualTo("unix:///tmp/lab.sock");
            assertThat(endpoint.source()).isEqualTo("docker context lab");
            assertThat(endpoint.explicit()).isTrue();
        });
    }

    @Test
    void theDefaultContextMeansNoContext() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"default\"}");

        assertThat(new EndpointDiscovery(Map.of(), home, path -> false).currentContext()).isEmpty();
    }

    @Test
    void tlsIsForTcpDaemonsWhenDockerTlsVerifyIsSetToAnything() {
        Map<String, String> env = Map.of("DOCKER_TLS_VERIFY", "0", "DOCKER_CERT_PATH", "/certs");
        EndpointDiscovery discovery = new EndpointDiscovery(env, home, path -> true);

        assertThat(discovery.tlsFolder(new Endpoint(java.net.URI.create("tcp://box:2376"), "DOCKER_HOST", true)))
                .contains(Path.of("/certs"));
        assertThat(discovery.tlsFolder(new Endpoint(java.net.URI.create("unix:///var/run/docker.sock"), "DOCKER_HOST", true)))
                .isEmpty();
        assertThat(new EndpointDiscovery(Map.of("DOCKER_TLS_VERIFY", "1"), home, path -> true)
                .tlsFolder(new Endpoint(java.net.URI.create("tcp://box:2376"), "DOCKER_HOST", true)))
                .contains(home.resolve(".docker"));
        assertThat(new EndpointDiscovery(Map.of(), home, path -> true)
                .tlsFolder(new Endpoint(java.net.URI.create("tcp://box:2375"), "DOCKER_HOST", true)))
                .isEmpty();
    }

    @Test
    void aContextsTlsFolderIsUsedForItsTcpDaemon() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"remote\"}");
        // The docker CLI stores a context's certificates under contexts/tls/<sha256 of its name>/docker.
        Path certificates = home.resolve(".docker/contexts/tls/" + sha256("remote") + "/docker");
        Files.createDirectories(certificates);
        Endpoint endpoint = new Endpoint(java.net.URI.create("tcp://box:2376"), "docker context remote", true);

        assertThat(new EndpointDiscovery(Map.of(), home, path -> true).tlsFolder(endpoint)).contains(certificates);
        assertThat(new EndpointDiscovery(Map.of("DOCKER_HOST", "tcp://box:2376"), home, path -> true).tlsFolder(endpoint))
                .isEmpty();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes());
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
