package dev.dockerlab.guard;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real daemon, on its Unix socket: connections to forward to, and the guard's own questions. */
final class Upstream {

    /** A daemon's answer to one of the guard's questions. */
    record Reply(int status, String body) {

        boolean found() {
            return status / 100 == 2;
        }
    }

    private final Path socket;

    Upstream(Path socket) {
        this.socket = socket;
    }

    SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException refused) {
            channel.close();
            throw refused;
        }
    }

    Reply get(String path) throws IOException {
        return send("GET", path, null);
    }

    Reply delete(String path) throws IOException {
        return send("DELETE", path, null);
    }

    private Reply send(String method, String path, String body) throws IOException {
        try (SocketChannel channel = connect()) {
            OutputStream out = ChannelStreams.out(channel);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = new BufferedInputStream(ChannelStreams.in(channel));
            HttpHead request = HttpHead.parse(head.getBytes(StandardCharsets.ISO_8859_1));
            HttpHead response = HttpHead.read(in).orElseThrow(() -> new IOException("the daemon closed without an answer"));
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            HttpBody.copy(in, response, HttpBody.ofResponse(request, response), null, kept);
            return new Reply(response.status(), kept.toString(StandardCharsets.UTF_8));
        }
    }
}
