package dev.dockerlab.classroom.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What `class serve` fills in before it starts, and the URL it prints for learners and the instructor. */
public final class ServerAddresses {

    private ServerAddresses() {
    }

    public static String newToken() {
        return Secrets.token();
    }

    /** The options with a fresh join code when none is given and the data folder holds no class yet. */
    public static ServerOptions withDefaultCode(ServerOptions options) {
        if (!options.joinCodes().isEmpty() || !Classes.logged(options.dataDir()).isEmpty()) {
            return options;
        }
        return new ServerOptions(options.bind(), options.port(), options.token(), List.of(Secrets.joinCode()),
                options.dataDir(), options.stuckAfter(), options.limits(), options.clock());
    }

    /**
     * The URL others reach the server at: the bound address, or, when bound to
     * all interfaces, this machine's first address on a network (what learners
     * in the room type), else its name. Only local interfaces are read; no
     * traffic is sent.
     */
    public static String url(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress() ? networkAddress() : literal(address);
        return "http://" + host + ":" + bound.getPort();
    }

    private static String networkAddress() {
        try {
            List<InetAddress> found = new ArrayList<>();
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (face.isUp() && !face.isLoopback()) {
                    Collections.list(face.getInetAddresses()).stream()
                            .filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress()).forEach(found::add);
                }
            }
            if (!found.isEmpty()) {
                return found.get(0).getHostAddress();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (SocketException | java.net.UnknownHostException noNetwork) {
            return "localhost";
        }
    }

    private static String literal(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }
}
