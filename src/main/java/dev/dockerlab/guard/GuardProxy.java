package dev.dockerlab.guard;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Docker API on a Unix socket of its own, forwarded to the real daemon
 * byte for byte, but for the requests {@link GuardRules} refuses or answers
 * itself. Messages are parsed only as far as framing needs: the head, and
 * the body by Content-Length or chunks; a connection carries request after
 * request; after an upgrade (attach, exec) both ways are piped raw.
 */
final class GuardProxy implements AutoCloseable {

    private final Path socket;
    private final Upstream upstream;
    private final GuardRules rules;
    private final ServerSocketChannel server;

    GuardProxy(Path socket, Upstream upstream, GuardRules rules) throws IOException {
        this.socket = socket;
        this.upstream = upstream;
        this.rules = rules;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        daemonThread(this::acceptAll, "guard-accept").start();
    }

    Path socket() {
        return socket;
    }

    GuardRules rules() {
        return rules;
    }

    private void acceptAll() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                daemonThread(() -> serve(client), "guard-connection").start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(SocketChannel client) {
        SocketChannel daemon = null;
        try (client) {
            InputStream fromClient = new BufferedInputStream(ChannelStreams.in(client));
            OutputStream toClient = new BufferedOutputStream(ChannelStreams.out(client));
            InputStream fromDaemon = null;
            OutputStream toDaemon = null;
            while (true) {
                Optional<HttpHead> next = HttpHead.read(fromClient);
                if (next.isEmpty()) {
                    return;
                }
                HttpHead request = next.get();
                GuardRules.Verdict verdict = rules.judge(request);
                if (!verdict.forwards()) {
                    HttpBody.copy(fromClient, request, HttpBody.ofRequest(request), null, null);
                    answer(toClient, verdict);
                    if (request.closes()) {
                        return;
                    }
                    continue;
                }
                if (daemon == null) {
                    daemon = upstream.connect();
                    fromDaemon = new BufferedInputStream(ChannelStreams.in(daemon));
                    toDaemon = new BufferedOutputStream(ChannelStreams.out(daemon));
                }
                toDaemon.write(request.raw());
                HttpBody.copy(fromClient, request, HttpBody.ofRequest(request), toDaemon, null);
                toDaemon.flush();
                Optional<HttpHead> answered = HttpHead.read(fromDaemon);
                if (answered.isEmpty()) {
                    return;
                }
                HttpHead response = answered.get();
                toClient.write(response.raw());
                toClient.flush();
                if (upgraded(request, response)) {
                    pipe(fromClient, toDaemon, daemon, fromDaemon, toClient, client);
                    return;
                }
                HttpBody.Framing framing = HttpBody.ofResponse(request, response);
                ByteArrayOutputStream kept = rules.readsAnswer(request) ? new ByteArrayOutputStream() : null;
                HttpBody.copy(fromDaemon, response, framing, toClient, kept);
                rules.learn(request, response.status(), kept == null ? "" : kept.toString(StandardCharsets.UTF_8));
                if (framing == HttpBody.Framing.UNTIL_CLOSE || response.closes() || request.closes()) {
                    return;
                }
            }
        } catch (IOException connectionEnded) {
            // either side hung up or spoke something that is not HTTP: this connection ends, the guard goes on
        } finally {
            closeQuietly(daemon);
        }
    }

    /** 101 Switching Protocols, or an old daemon's 200 with a raw stream after an Upgrade request. */
    private static boolean upgraded(HttpHead request, HttpHead response) {
        return response.status() == 101 || request.asksToUpgrade() && response.status() == 200
                && response.header("Content-Type").map(type -> type.startsWith("application/vnd.docker.")).orElse(false);
    }

    /** Raw both ways until the daemon's side ends; each side's end is passed on as a half-close. */
    private static void pipe(InputStream fromClient, OutputStream toDaemon, SocketChannel daemon,
                             InputStream fromDaemon, OutputStream toClient, SocketChannel client) throws IOException {
        Thread up = daemonThread(() -> {
            try {
                raw(fromClient, toDaemon);
                daemon.shutdownOutput();
            } catch (IOException ended) {
                // the daemon's side closed first
            }
        }, "guard-pipe");
        up.start();
        raw(fromDaemon, toClient);
        client.shutdownOutput();
        try {
            up.join(2000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void raw(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private static void answer(OutputStream out, GuardRules.Verdict verdict) throws IOException {
        byte[] body = verdict.json().getBytes(StandardCharsets.UTF_8);
        String reason = verdict.status() == 403 ? "Forbidden" : "OK";
        out.write(("HTTP/1.1 " + verdict.status() + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static Thread daemonThread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException alreadyGone) {
                // nothing left to release
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
