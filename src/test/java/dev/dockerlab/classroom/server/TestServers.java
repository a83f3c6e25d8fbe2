package dev.dockerlab.classroom.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Class servers for tests: loopback only, a free port, a known token. */
final class TestServers {

    static final String TOKEN = "instructor-token-for-tests";

    private TestServers() {
    }

    static ServerOptions options(Path data, List<String> codes) {
        return options(data, codes, ServerOptions.Limits.standard(), Clock.systemUTC());
    }

    static ServerOptions options(Path data, List<String> codes, ServerOptions.Limits limits, Clock clock) {
        return new ServerOptions(InetAddress.getLoopbackAddress(), 0, TOKEN, codes, data, Duration.ofMinutes(5),
                limits, clock);
    }

    static ClassServer start(ServerOptions options) throws IOException {
        return ClassServer.start(options, new PrintWriter(new StringWriter()));
    }
}
