package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import dev.dockerlab.failure.DockerUnavailable;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lists the endpoints to try, in the docker CLI's order: DOCKER_HOST, then
 * DOCKER_CONTEXT or the CLI config's current context (resolved by docker-java),
 * then the sockets that common installations leave behind. Pure apart from
 * reading the CLI config, so the order is testable with a fake environment;
 * the process's own environment and home come from AppContext.
 */
public final class EndpointDiscovery {

    private final Map<String, String> env;
    private final Path home;
    private final Predicate<Path> socketExists;

    public EndpointDiscovery(Map<String, String> env, Path home, Predicate<Path> socketExists) {
        this.env = env;
        this.home = home;
        this.socketExists = socketExists;
    }

    /** The endpoints to try in order; an explicit one, when present, is the only one. */
    public List<Endpoint> candidates() {
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            try {
                return List.of(new Endpoint(new URI(dockerHost.trim()), "DOCKER_HOST", true));
            } catch (URISyntaxException malformed) {
                throw new DockerUnavailable("DOCKER_HOST=" + dockerHost + " is not an address dockerlab understands; "
                        + "use unix:///path/to/docker.sock or tcp://HOST:PORT, or unset it.");
            }
        }
        Optional<String> context = currentContext();
        if (context.isPresent()) {
            return List.of(new Endpoint(contextHost(context.get()), "docker context " + context.get(), true));
        }
        List<Endpoint> found = new ArrayList<>();
        for (Endpoint socket : wellKnownSockets()) {
            if (socketExists.test(Path.of(socket.uri().getPath()))) {
                found.add(socket);
            }
        }
        return found;
    }

    /** Every socket path tried when nothing explicit is set, for the "nothing answers" message. */
    public List<Endpoint> wellKnownSockets() {
        List<Endpoint> sockets = new ArrayList<>();
        sockets.add(socket(Path.of("/var/run/docker.sock"), "default socket"));
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            sockets.add(socket(Path.of(runtimeDir, "docker.sock"), "rootless Docker"));
        }
        sockets.add(socket(home.resolve(".docker/run/docker.sock"), "Docker Desktop"));
        sockets.add(socket(home.resolve(".docker/desktop/docker.sock"), "Docker Desktop"));
        sockets.add(socket(home.resolve(".colima/default/docker.sock"), "colima"));
        sockets.add(socket(home.resolve(".rd/docker.sock"), "Rancher Desktop"));
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            sockets.add(socket(Path.of(runtimeDir, "podman/podman.sock"), "rootless Podman"));
        }
        sockets.add(socket(Path.of("/run/podman/podman.sock"), "Podman"));
        return sockets;
    }

    private static Endpoint socket(Path path, String source) {
        return new Endpoint(URI.create("unix://" + path), source, false);
    }

    /**
     * The certificate folder (ca.pem, cert.pem, key.pem) for a tcp:// daemon,
     * as the docker CLI picks it: DOCKER_CERT_PATH (else the config folder)
     * when DOCKER_TLS_VERIFY is set to anything; else, with no DOCKER_HOST,
     * the TLS folder of the docker context in use, when it has one.
     */
    public Optional<Path> tlsFolder(Endpoint endpoint) {
        if (!List.of("tcp", "https").contains(String.valueOf(endpoint.uri().getScheme()))) {
            return Optional.empty();
        }
        String verify = env.get("DOCKER_TLS_VERIFY");
        if (verify != null && !verify.isEmpty()) {
            String certPath = env.get("DOCKER_CERT_PATH");
            return Optional.of(certPath != null && !certPath.isBlank() ? Path.of(certPath) : configDir());
        }
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return Optional.empty();
        }
        return currentContext()
                .map(context -> configDir().resolve("contexts/tls").resolve(sha256(context)).resolve("docker"))
                .filter(Files::isDirectory);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** DOCKER_CONTEXT, else the CLI config's currentContext; "default" means none. */
    Optional<String> currentContext() {
        String named = env.get("DOCKER_CONTEXT");
        if (named == null || named.isBlank()) {
            named = readConfig().map(config -> config.path("currentContext").asText("")).orElse("");
        }
        return named.isBlank() || named.equals("default") ? Optional.empty() : Optional.of(named.trim());
    }

    private Optional<JsonNode> readConfig() {
        Path config = configDir().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper().readTree(config.toFile()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The docker CLI's config folder: $DOCKER_CONFIG, else ~/.docker. */
    Path configDir() {
        String dockerConfig = env.get("DOCKER_CONFIG");
        return dockerConfig != null && !dockerConfig.isBlank() ? Path.of(dockerConfig) : home.resolve(".docker");
    }

    /**
     * docker-java reads the context's meta.json; we only ask it which host that
     * names. A bare builder: the default one would take DOCKER_HOST and the
     * config folder from this process, not from the environment given here.
     */
    private URI contextHost(String context) {
        return new DefaultDockerClientConfig.Builder()
                .withDockerContext(context)
                .withDockerConfig(configDir().toString())
                .build()
                .getDockerHost();
    }
}
