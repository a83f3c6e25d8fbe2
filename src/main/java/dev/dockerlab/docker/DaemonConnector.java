package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.dockerlab.failure.DockerUnavailable;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * Finds a daemon that answers and opens a client at the negotiated API
 * version. Every request is bounded: a wedged daemon ends in an error, never a
 * hang. A plain question gets DOCKERLAB_DAEMON_TIMEOUT seconds (default 30;
 * the first /version and a ping 5, unless that variable is set: see
 * {@link TimeLimits}); build, load, pull, exec and logs get
 * {@link #PATIENT_TIMEOUT}, under their callers' own limits.
 */
public final class DaemonConnector {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration PATIENT_TIMEOUT = Duration.ofMinutes(10);

    private final EndpointDiscovery discovery;
    private final TimeLimits limits;

    public DaemonConnector(EndpointDiscovery discovery) {
        this(discovery, TimeLimits.DEFAULT);
    }

    private DaemonConnector(EndpointDiscovery discovery, TimeLimits limits) {
        this.discovery = discovery;
        this.limits = limits;
    }

    /** A connector with the time limits the environment sets (DOCKERLAB_DAEMON_TIMEOUT and the rest). */
    public static DaemonConnector forEnvironment(Map<String, String> env, EndpointDiscovery discovery) {
        return new DaemonConnector(discovery, TimeLimits.fromEnvironment(env));
    }

    public DockerConnection connect() {
        List<Endpoint> candidates = discovery.candidates();
        if (candidates.isEmpty()) {
            throw new DockerUnavailable("No Docker daemon found: DOCKER_HOST is unset, no docker context is "
                    + "selected, and none of these sockets exists: " + socketList()
                    + "; start one with scripts/docker-up (or install Docker and start it).");
        }
        DockerUnavailable last = null;
        for (Endpoint endpoint : candidates) {
            try {
                return open(endpoint);
            } catch (DockerUnavailable notThere) {
                last = notThere;
            }
        }
        throw last;
    }

    private String socketList() {
        return discovery.wellKnownSockets().stream()
                .map(endpoint -> endpoint.uri().getPath())
                .collect(Collectors.joining(", "));
    }

    /** Asks /version unversioned, then reopens the client at the negotiated version. */
    public DockerConnection open(Endpoint endpoint) {
        rejectUnsupported(endpoint);
        SSLContext tls = discovery.tlsFolder(endpoint).map(PemTls::context).orElse(null);
        Version version;
        try (DockerClient probe = client(endpoint, tls, null, limits.firstContact(), new DaemonSilence())) {
            version = probe.versionCmd().exec();
        } catch (DockerUnavailable silent) {
            throw silent;
        } catch (IOException | RuntimeException failure) {
            throw unreachable(endpoint, tls != null, failure);
        }
        String api = ApiVersion.negotiate(version.getApiVersion(), version.getMinAPIVersion());
        DaemonSilence silence = new DaemonSilence();
        return new DockerConnection(client(endpoint, tls, api, limits.request(), silence), endpoint, version, api, limits,
                silence);
    }

    private static void rejectUnsupported(Endpoint endpoint) {
        String scheme = String.valueOf(endpoint.uri().getScheme());
        if (scheme.equals("ssh")) {
            throw new DockerUnavailable("Docker hosts reached over ssh:// (" + endpoint.describe()
                    + ") are not supported yet; forward the socket with `ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock HOST`"
                    + " and set DOCKER_HOST=unix:///tmp/docker.sock.");
        }
        if (!List.of("unix", "tcp", "http", "https", "npipe").contains(scheme)) {
            throw new DockerUnavailable("dockerlab does not understand the Docker endpoint "
                    + endpoint.describe() + "; use a unix:// or tcp:// address.");
        }
    }

    /**
     * The client reads registry logins from the same ~/.docker (or $DOCKER_CONFIG)
     * that discovery read. TLS is always given (null: none), so that docker-java
     * never reads certificates itself: it would need BouncyCastle, which the jar
     * leaves out.
     */
    private DockerClient client(Endpoint endpoint, SSLContext tls, String apiVersion, Duration responseTimeout,
            DaemonSilence silence) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.uri().toString())
                .withDockerConfig(discovery.configDir().toString())
                .withCustomSslConfig(() -> tls);
        if (apiVersion != null) {
            config.withApiVersion(apiVersion);
        }
        DefaultDockerClientConfig built = config.build();
        DockerHttpClient http = new BoundedHttpClient(http(built, responseTimeout), limits.firstContact(), responseTimeout,
                http(built, PATIENT_TIMEOUT), PATIENT_TIMEOUT, endpoint, silence);
        return DockerClientImpl.getInstance(built, http);
    }

    private static DockerHttpClient http(DefaultDockerClientConfig config, Duration responseTimeout) {
        return new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(responseTimeout)
                .maxConnections(32)
                .build();
    }

    /**
     * A daemon that refuses the client certificate may do so after the
     * handshake (TLS 1.3): the client then sees its request's pipe break.
     */
    static DockerUnavailable unreachable(Endpoint endpoint, boolean tls, Throwable failure) {
        String reason = rootMessage(failure).toLowerCase(Locale.ROOT);
        URI uri = endpoint.uri();
        String fix = endpoint.explicit()
                ? "check that the daemon there is running, or unset " + (endpoint.source().equals("DOCKER_HOST")
                        ? "DOCKER_HOST" : "the context (docker context use default)") + " to use a local one."
                : "start it with scripts/docker-up (or `sudo systemctl start docker`).";
        if (reason.contains("permission denied")) {
            return new DockerUnavailable("dockerlab may not open " + uri.getPath() + " (permission denied); "
                    + "add yourself to the docker group with `sudo usermod -aG docker $USER` and log in again.", failure);
        }
        if (reason.contains("no such file") || reason.contains("does not exist")) {
            return new DockerUnavailable("No Docker daemon answers at " + endpoint.describe()
                    + ": the socket does not exist; " + fix, failure);
        }
        // Over TLS, a connection that was made and then failed is a disagreement on TLS, however the
        // JDK words it (handshake failure, reset, broken pipe, a peer that shut down): under load a
        // refused certificate surfaces in any of these.
        boolean connectedThenFailed = !reason.contains("connection refused") && !reason.contains("timed out");
        if (reason.contains("sslhandshakeexception") || reason.contains("sslexception")
                || tls && connectedThenFailed) {
            return new DockerUnavailable("The Docker daemon at " + endpoint.describe() + " and dockerlab could "
                    + "not agree on TLS (" + deepestMessage(failure) + "); check that DOCKER_CERT_PATH holds the ca.pem, cert.pem "
                    + "and key.pem made for this daemon.", failure);
        }
        if (reason.contains("http request to an https server")) {
            return new DockerUnavailable("The Docker daemon at " + endpoint.describe() + " speaks TLS; set "
                    + "DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder of its ca.pem, cert.pem and key.pem.", failure);
        }
        return new DockerUnavailable("No Docker daemon answers at " + endpoint.describe() + "; " + fix, failure);
    }

    private static String deepestMessage(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        return String.valueOf(deepest.getMessage());
    }

    private static String rootMessage(Throwable failure) {
        Throwable deepest = failure;
        StringBuilder all = new StringBuilder();
        while (deepest != null) {
            all.append(' ').append(deepest.getMessage()).append(' ').append(deepest.getClass().getSimpleName());
            deepest = deepest.getCause();
        }
        return all.toString();
    }
}
