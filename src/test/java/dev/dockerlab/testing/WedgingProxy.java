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
 * A unix socket in front of the test's daemon that passes everything through
 * until the docker CLI speaks to it (its requests say {@code Docker-Client/}):
 * from then on it is silent to every connection, old and new, as a daemon
 * SIGSTOPped at that instant would be. docker-java works through it as long as
 * only dockerlab talks; a lesson script's {@code docker -H} wedges it.
 */
public final class WedgingProxy implements AutoCloseable {

    private final Path socket;
    private final Path daemon;
    private final ServerSocketChannel server;
    private final List<SocketChannel> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean wedged;

    public WedgingProxy(Path socket, Path daemon) throws IOException {
        this.socket = socket;
        this.daemon = daemon;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::accept, "wedging-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public Path socket() {
        return socket;
    }

    public String host() {
        return "unix://" + socket;
    }

    public boolean wedged() {
        return wedged;
    }

    private void accept() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                SocketChannel client = server.accept();
                held.add(client);
                if (wedged) {
                    continue;
                }
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(daemon));
                held.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void pump(SocketChannel from, SocketChannel to, boolean request) {
        Thread thread = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    if (request && StandardCharsets.ISO_8859_1.decode(buffer.duplicate()).toString().contains("Docker-Client/")) {
                        wedged = true;
                    }
                    if (wedged) {
                        return; // silent from here on, both ends held open
                    }
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException closed) {
                // one end went away: the other follows when it notices
            }
        }, "wedging-proxy-pump");
        thread.setDaemon(true);
        thread.start();
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
