package dev.dockerlab.shell;

import dev.dockerlab.model.Variables;
import dev.dockerlab.testing.Processes;
import dev.dockerlab.testing.SilentDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A docker client waiting on a silent daemon, however it was started, does not outlive the step that ran it. */
class BoundedProcessTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void aScriptOnASilentDaemonIsStoppedAtItsBoundWithEveryDockerItStarted() throws IOException {
        try (SilentDaemon daemon = SilentDaemon.at(home.resolve("docker.sock"))) {
            String docker = "docker -H " + daemon.host() + " ps";
            // a child, a background child, and one whose parent (the subshell) exits at once: an orphan
            String script = "(" + docker + " &) ; " + docker + " & " + docker;
            ProcessBuilder builder = new ProcessBuilder(Shell.INTERPRETER, "-c", script).directory(home.toFile());

            ShellResult ran = assertTimeoutPreemptively(GUARD, () -> BoundedProcess.run(builder, Duration.ofSeconds(2)));

            assertThat(ran.timedOut()).isTrue();
            assertThat(ran.succeeded()).isFalse();
            assertThat(ran.ending()).isEqualTo("did not finish within 2 s and was stopped");
            assertThat(Processes.mentioning(daemon.socket().toString())).isEmpty();
        }
    }

    @Test
    void aScriptThatEndsInTimeSaysHowItEnded() {
        ShellResult ran = new Shell(new Variables(home.resolve("lab").toString(), "img", "lesson"))
                .script("the setup", "echo out; echo err >&2; exit 3");

        assertThat(ran.timedOut()).isFalse();
        assertThat(ran.status()).isEqualTo(3);
        assertThat(ran.stdout()).isEqualTo("out\n");
        assertThat(ran.stderr()).isEqualTo("err\n");
        assertThat(ran.ending()).isEqualTo("exited with status 3");
    }
}
