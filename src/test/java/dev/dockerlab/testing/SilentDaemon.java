package dev.dockerlab.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A unix socket that accepts every connection and then says nothing, as a
 * SIGSTOPped dockerd does; asked to, it answers GET /version first (so a
 * client connects) and is silent from the next request on.
 */
public final class SilentDaemon implements AutoCloseable {

    private final Path socket;
    private final ServerSocketChannel server;
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentDaemon(Path socket, boolean answersVersion) throws IOException {
        this.socket = socket;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(() -> accept(answersVersion), "silent-daemon");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Silent from the first byte. */
    public static SilentDaemon at(Path socket) throws IOException {
        return new SilentDaemon(socket, false);
    }

    /** Answers GET /version, then silent. */
    public static SilentDaemon answeringVersionAt(Path socket) throws IOException {
        return new SilentDaemon(socket, true);
    }

    public Path socket() {
        return socket;
    }

    /** The address as DOCKER_HOST takes it. */
    public String host() {
        return "unix://" + socket;
    }

    private void accept(boolean answersVersion) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                SocketChannel channel = server.accept();
                held.add(channel);
                if (answersVersion) {
                    Thread answerer = new Thread(() -> answerVersionOnly(channel), "silent-daemon-version");
                    answerer.setDaemon(true);
                    answerer.start();
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
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

    @Override
    public void close() throws IOException {
        acceptor.interrupt();
        for (SocketChannel channel : held) {
            channel.close();
        }
        server.close();
    }
}
