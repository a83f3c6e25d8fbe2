package dev.dockerlab;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.DockerConnection;

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
        return new AppContext(System.getenv(), Path.of(System.getProperty("user.home")),
                () -> DaemonConnector.forThisProcess().connect());
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

    /** The daemon, connected on first call; throws DaemonUnavailableException with a readable sentence. */
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
