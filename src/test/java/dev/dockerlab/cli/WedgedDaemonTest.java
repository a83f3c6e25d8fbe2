package dev.dockerlab.cli;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.EndpointDiscovery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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

    private ServerSocketChannel server;
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void noSocketYet() {
        server = null;
    }

    @AfterEach
    void stopServer() throws IOException {
        if (acceptor != null) {
            acceptor.interrupt();
        }
        for (SocketChannel channel : held) {
            channel.close();
        }
        if (server != null) {
            server.close();
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

    /** A unix socket that accepts; it answers GET /version when asked to, and nothing else, ever. */
    private Path silentDaemon(boolean answersVersion) throws IOException {
        Path socket = home.resolve("docker.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    SocketChannel channel = server.accept();
                    held.add(channel);
                    if (answersVersion) {
                        Thread answerer = new Thread(() -> answerVersionOnly(channel));
                        answerer.setDaemon(true);
                        answerer.start();
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    private static void answerVersionOnly(SocketChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            StringBuilder request = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                request.append(StandardCharsets.ISO_8859_1.decode(buffer));
                buffer.clear();
                int end;
                while ((end = request.indexOf("\r\n\r\n")) >= 0) {
                    String head = request.substring(0, end);
                    request.delete(0, end + 4);
                    if (!head.startsWith("GET ") || !head.split(" ")[1].endsWith("/version")) {
                        return; // silent from here on, connection held open
                    }
                    String body = "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\","
                            + "\"Os\":\"linux\",\"Arch\":\"amd64\"}";
                    String response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length() + "\r\n\r\n" + body;
                    channel.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }
}
