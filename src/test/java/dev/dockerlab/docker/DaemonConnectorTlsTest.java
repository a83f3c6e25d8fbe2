package dev.dockerlab.docker;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.dockerlab.failure.DockerUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A daemon behind TLS that demands a client certificate, as dockerd
 * --tlsverify does: a JDK HTTPS server that answers /version. The client
 * side runs without BouncyCastle on the class path, as in the jar.
 */
class DaemonConnectorTlsTest {

    static final Path FIXTURES = PemTlsTest.FIXTURES;

    @TempDir
    Path home;

    HttpsServer daemon;
    final List<String> clientsSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startDaemon() throws IOException {
        daemon = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        daemon.setHttpsConfigurator(new HttpsConfigurator(PemTls.context(FIXTURES.resolve("server"))) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        daemon.createContext("/", exchange -> {
            X509Certificate client = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
            clientsSeen.add(client.getSubjectX500Principal().getName());
            byte[] body = "{\"Version\":\"20.10.99\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/version") ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        daemon.start();
    }

    @AfterEach
    void stopDaemon() {
        daemon.stop(0);
    }

    private String host() {
        return "tcp://127.0.0.1:" + daemon.getAddress().getPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"client-rsa", "client-ec", "client-pkcs8"})
    void dockerTlsVerifyConnectsWithTheClientCertificateOfDockerCertPath(String client) {
        Map<String, String> env = Map.of("DOCKER_HOST", host(), "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", FIXTURES.resolve(client).toString());

        try (DockerConnection connection = new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect()) {
            assertThat(connection.version().getVersion()).isEqualTo("20.10.99");
            assertThat(connection.apiVersion()).isEqualTo("1.41");
        }
        assertThat(clientsSeen).isNotEmpty().allMatch(subject -> subject.equals("CN=" + client));
    }

    @Test
    void withoutDockerCertPathTheCertificatesComeFromTheConfigFolder() throws IOException {
        Path config = home.resolve(".docker");
        Files.createDirectories(config);
        for (String file : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.copy(FIXTURES.resolve("client-ec").resolve(file), config.resolve(file));
        }
        Map<String, String> env = Map.of("DOCKER_HOST", host(), "DOCKER_TLS_VERIFY", "1");

        try (DockerConnection connection = new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect()) {
            assertThat(connection.version().getVersion()).isEqualTo("20.10.99");
        }
        assertThat(clientsSeen).contains("CN=client-ec");
    }

    @Test
    void aDaemonThatCaPemDoesNotVouchForIsOneSentence() throws IOException {
        Path certificates = home.resolve("certs");
        Files.createDirectories(certificates);
        Files.copy(FIXTURES.resolve("stranger/cert.pem"), certificates.resolve("ca.pem"));
        Files.copy(FIXTURES.resolve("client-rsa/cert.pem"), certificates.resolve("cert.pem"));
        Files.copy(FIXTURES.resolve("client-rsa/key.pem"), certificates.resolve("key.pem"));
        Map<String, String> env = Map.of("DOCKER_HOST", host(), "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", certificates.toString());

        assertThatThrownBy(() -> new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect())
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageStartingWith("The Docker daemon at " + host() + " (DOCKER_HOST) and dockerlab could not agree on TLS (")
                .hasMessageEndingWith("); check that DOCKER_CERT_PATH holds the ca.pem, cert.pem and key.pem made for this daemon.");
        assertThat(clientsSeen).isEmpty();
    }

    /** Whether the refusal comes as an alert or as a broken pipe, it is about TLS. */
    @Test
    void aClientCertificateTheDaemonDoesNotTrustIsOneSentence() {
        Map<String, String> env = Map.of("DOCKER_HOST", host(), "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", FIXTURES.resolve("stranger").toString());

        assertThatThrownBy(() -> new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect())
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageStartingWith("The Docker daemon at " + host() + " (DOCKER_HOST) and dockerlab could not agree on TLS (")
                .hasMessageEndingWith("); check that DOCKER_CERT_PATH holds the ca.pem, cert.pem and key.pem made for this daemon.");
        assertThat(clientsSeen).isEmpty();
    }

    /** What dockerd answers plain HTTP on its TLS port. */
    @Test
    void plainHttpToATlsDaemonSaysToTurnOnTls() throws Exception {
        try (ServerSocket dockerd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket client = dockerd.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write(("HTTP/1.0 400 Bad Request\r\n\r\n"
                            + "Client sent an HTTP request to an HTTPS server.\n").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the assertion below tells
                }
            });
            answer.start();
            String plain = "tcp://127.0.0.1:" + dockerd.getLocalPort();
            Map<String, String> env = Map.of("DOCKER_HOST", plain);

            assertThatThrownBy(() -> new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect())
                    .isInstanceOf(DockerUnavailable.class)
                    .hasMessage("The Docker daemon at " + plain + " (DOCKER_HOST) speaks TLS; set DOCKER_TLS_VERIFY=1 "
                            + "and DOCKER_CERT_PATH to the folder of its ca.pem, cert.pem and key.pem.");
            answer.join();
        }
    }

    @Test
    void incompleteCertificatesAreNamedBeforeAnyConnection() {
        Map<String, String> env = Map.of("DOCKER_HOST", host(), "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", home.resolve("nowhere").toString());

        assertThatThrownBy(() -> new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect())
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageStartingWith("The Docker TLS certificates are incomplete: " + home.resolve("nowhere/ca.pem")
                        + " does not exist");
    }
}
