package dev.dockerlab.guard;

import dev.dockerlab.lesson.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy's HTTP against a fake daemon: framing, keep-alive, upgrades, refusals; every forwarded byte as sent. */
class GuardProxyTest {

    @TempDir
    Path folder;

    private ServerSocketChannel fakeDaemon;
    private GuardProxy proxy;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        Path daemonSocket = folder.resolve("daemon.sock");
        fakeDaemon = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        fakeDaemon.bind(UnixDomainSocketAddress.of(daemonSocket));
        Thread accept = new Thread(this::serveAll);
        accept.setDaemon(true);
        accept.start();
        Upstream upstream = new Upstream(daemonSocket);
        proxy = new GuardProxy(folder.resolve("guard.sock"), upstream,
                new GuardRules("demo", new Resources(List.of("web"), List.of(), List.of(), List.of()), upstream));
    }

    @AfterEach
    void tearDown() throws IOException {
        proxy.close();
        fakeDaemon.close();
    }

    @Test
    void chunkedBodiesAndSeveralRequestsOnOneConnectionPassByteForByte() throws IOException {
        String build = "POST /v1.41/build?t=site HTTP/1.1\r\nHost: docker\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nabcd\r\n3\r\nefg\r\n0\r\nX-Trailer: yes\r\n\r\n";
        String list = "GET /containers/json HTTP/1.1\r\nHost: docker\r\n\r\n";
        String create = "POST /v1.41/volumes/create HTTP/1.1\r\nHost: docker\r\nContent-Length: 15\r\n\r\n{\"Name\":\"data\"}";
        try (SocketChannel client = connect()) {
            OutputStream out = ChannelStreams.out(client);
            InputStream in = new BufferedInputStream(ChannelStreams.in(client));

            out.write(bytes(build + list));
            assertThat(response(in)).isEqualTo("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nbuilt\r\n6\r\n, done\r\n0\r\n\r\n");
            assertThat(response(in)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
            out.write(bytes(create));
            assertThat(response(in)).startsWith("HTTP/1.1 201 Created");
        }
        assertThat(received).containsExactly(build, list, create);
    }

    @Test
    void afterAnUpgradeBothWaysArePipedRawUntilTheyEnd() throws IOException {
        String attach = "POST /v1.41/containers/web/attach?stream=1&stdin=1 HTTP/1.1\r\nHost: docker\r\n"
                + "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
        try (SocketChannel client = connect()) {
            OutputStream out = ChannelStreams.out(client);
            InputStream in = new BufferedInputStream(ChannelStreams.in(client));
            out.write(bytes(attach));
            assertThat(HttpHead.read(in).orElseThrow().status()).isEqualTo(101);

            out.write(bytes("ping\r\n\r\nnot http"));
            client.shutdownOutput();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("echo: ping\r\n\r\nnot http");
        }
    }

    @Test
    void aRefusalAnswersInJsonAndTheConnectionGoesOn() throws IOException {
        try (SocketChannel client = connect()) {
            OutputStream out = ChannelStreams.out(client);
            InputStream in = new BufferedInputStream(ChannelStreams.in(client));

            out.write(bytes("DELETE /v1.41/containers/abc123?force=1 HTTP/1.1\r\nHost: docker\r\n\r\n"));
            assertThat(response(in)).endsWith("\r\n\r\n{\"message\":\"dockerlab: demo does not declare container users; it is not removed\"}")
                    .startsWith("HTTP/1.1 403 Forbidden");
            out.write(bytes("DELETE /containers/web HTTP/1.1\r\nHost: docker\r\n\r\n"));
            assertThat(response(in)).startsWith("HTTP/1.1 204 No Content");
        }
        assertThat(received).containsExactly("GET /containers/abc123/json", "GET /containers/web/json",
                "DELETE /containers/web HTTP/1.1\r\nHost: docker\r\n\r\n");
    }

    @Test
    void theHeadIsParsedAsFarAsTheGuardNeeds() {
        HttpHead head = HttpHead.parse(bytes("POST /v1.43/images/reg.example%2Fsite/tag?repo=site&tag=v%201 HTTP/1.1\r\n"
                + "content-length: 0\r\nTRANSFER-ENCODING: Chunked\r\n\r\n"));

        assertThat(head.pathParts()).containsExactly("images", "reg.example/site", "tag");
        assertThat(head.parameter("tag")).contains("v 1");
        assertThat(head.apiVersion()).contains("1.43");
        assertThat(head.isChunked()).isTrue();
        assertThat(ImageRef.normal("docker.io/library/site")).isEqualTo("site:latest");
        assertThat(ImageRef.normal("localhost:5000/site")).isEqualTo("localhost:5000/site:latest");
    }

    private SocketChannel connect() throws IOException {
        SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
        client.connect(UnixDomainSocketAddress.of(proxy.socket()));
        return client;
    }

    private static String response(InputStream in) throws IOException {
        HttpHead head = HttpHead.read(in).orElseThrow();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(head.raw());
        HttpBody.copy(in, head, HttpBody.ofResponse(HttpHead.parse(bytes("GET / HTTP/1.1\r\n\r\n")), head), raw, null);
        return raw.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void serveAll() {
        while (fakeDaemon.isOpen()) {
            try {
                SocketChannel connection = fakeDaemon.accept();
                Thread thread = new Thread(() -> serve(connection));
                thread.setDaemon(true);
                thread.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** A daemon that answers by path, and records every request it gets as the bytes that came. */
    private void serve(SocketChannel connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(ChannelStreams.in(connection));
            OutputStream out = ChannelStreams.out(connection);
            while (true) {
                HttpHead head = HttpHead.read(in).orElse(null);
                if (head == null) {
                    return;
                }
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                raw.write(head.raw());
                HttpBody.copy(in, head, HttpBody.ofRequest(head), raw, null);
                String path = head.target();
                if (path.matches(".*/containers/[^/]+/json") && !path.endsWith("/containers/json")) {
                    received.add("GET " + path);
                    String name = path.contains("abc123") ? "users" : "web";
                    String body = "{\"Name\":\"/" + name + "\",\"Id\":\"" + name + "-id\",\"Mounts\":[]}";
                    out.write(bytes("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body));
                    return;
                }
                if (path.matches(".*/images/.+/json")) {
                    // the guard asks whether a build's name is taken: no image here
                    String body = "{\"message\":\"No such image\"}";
                    out.write(bytes("HTTP/1.1 404 Not Found\r\nContent-Length: " + body.length() + "\r\n\r\n" + body));
                    return;
                }
                received.add(raw.toString(StandardCharsets.ISO_8859_1));
                if (path.contains("/attach")) {
                    out.write(bytes("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\necho: "));
                    in.transferTo(out);
                    return;
                } else if (path.contains("/build")) {
                    out.write(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nbuilt\r\n6\r\n, done\r\n0\r\n\r\n"));
                } else if (path.contains("/volumes/create")) {
                    out.write(bytes("HTTP/1.1 201 Created\r\nContent-Length: 15\r\n\r\n{\"Name\":\"data\"}"));
                } else if (head.method().equals("DELETE")) {
                    out.write(bytes("HTTP/1.1 204 No Content\r\n\r\n"));
                } else {
                    out.write(bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]"));
                }
            }
        } catch (IOException ended) {
            // the proxy hung up
        }
    }
}
