package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.docker.DockerConnection;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs dockerlab in-process exactly as Main does, with its own home, lab
 * folder and state folder, so a test never reads or writes the user's.
 */
final class CliRun {

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private final Supplier<DockerConnection> docker;

    CliRun(Path home, Supplier<DockerConnection> docker) {
        this.home = home;
        this.docker = docker;
        env.put("NO_COLOR", "1");
        env.put("LANG", "C.UTF-8");
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("PATH", System.getenv("PATH"));
        // the fixture courses are not the shipped one; TrustDaemonTest runs without this
        env.put("DOCKERLAB_TRUST", "1");
        // the commands present types run in this environment: they must reach the test's daemon
        for (String name : new String[] {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG"}) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs as a user who trusted nothing but what trusted.json says. */
    CliRun untrusted() {
        env.remove("DOCKERLAB_TRUST");
        return this;
    }

    Path lab() {
        return home.resolve("lab");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Not closed: the connection is the test run's, shared by every test.
        AppContext context = new AppContext(env, home, docker);
        picocli.CommandLine cli = Cli.forArguments(context, args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    record Result(int status, String out, String err) {

        String all() {
            return out + err;
        }
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/lessons", name).toAbsolutePath();
    }
}
