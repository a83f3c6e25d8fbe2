package dev.dockerlab;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.failure.DockerUnavailable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands need from outside the program: the environment, the home
 * folder and a way to reach the daemon. Tests build one with their own values;
 * nothing reads globals behind it. The daemon is connected on first use and
 * the connection shared.
 */
public final class AppContext implements AutoCloseable {

    private final Map<String, String> env;
    private final Path home;
    private final Supplier<DockerConnection> connector;
    private DockerConnection connection;

    public AppContext(Map<String, String> env, Path home, Supplier<DockerConnection> connector) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.connector = connector;
    }

    public static AppContext forThisProcess() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /** A context for this environment, finding the daemon as the docker CLI would with it. */
    public static AppContext of(Map<String, String> env, String accountHome) {
        Path home = home(env, accountHome);
        return new AppContext(env, home,
                () -> DaemonConnector.forEnvironment(env, new EndpointDiscovery(env, home, Files::exists)).connect());
    }

    /**
     * $HOME when it is set, as every shell tool takes it (so HOME=/tmp/x moves
     * ~/dockerlab, ~/.local/state and ~/.docker with it); else the account's
     * home that Java reads from the password database.
     */
    public static Path home(Map<String, String> env, String accountHome) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? accountHome : home);
    }

    public Map<String, String> env() {
        return env;
    }

    public String env(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public Path home() {
        return home;
    }

    /** The daemon, connected on first call; throws DockerUnavailable with a readable sentence. */
    public synchronized DockerConnection docker() {
        if (connection == null) {
            connection = connector.get();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
