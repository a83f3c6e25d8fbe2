package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HOME=/some/folder dockerlab keeps its lab folder and state folder there, as
 * every tool that writes under ~ does; the account's home is left alone.
 */
class HomeFolderTest {

    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve("home");
    }

    private Path accountHome() {
        return temp.resolve("account");
    }

    /** Runs dockerlab with the context it builds for a process with this environment. */
    private String run(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home().toString());
        env.put("PATH", System.getenv("PATH"));
        env.put("NO_COLOR", "1");
        // a daemon nobody answers at: these commands must not touch a real one
        env.put("DOCKER_HOST", "unix://" + temp.resolve("no-daemon.sock"));
        StringWriter out = new StringWriter();
        try (AppContext context = AppContext.of(env, accountHome().toString())) {
            Cli.create(context, new PrintWriter(out), new PrintWriter(out)).execute(args);
        }
        return out.toString();
    }

    @Test
    void theLabFolderIsUnderDollarHome() {
        String doctor = run("doctor");

        assertThat(doctor).contains("lab folder " + home().resolve("dockerlab") + " is writable");
        assertThat(home().resolve("dockerlab")).isDirectory();
        assertThat(accountHome()).doesNotExist();
    }

    @Test
    void theStateFolderIsUnderDollarHome() throws Exception {
        Path state = Files.createDirectories(home().resolve(".local/state/dockerlab"));
        Files.writeString(state.resolve("progress.json"), "{\"version\": 1, \"currentLesson\": \"bind-mounts\", \"lessons\": {}}");

        assertThat(run("progress", "--json")).contains("\"currentLesson\" : \"bind-mounts\"");
        assertThat(accountHome()).doesNotExist();
    }
}
