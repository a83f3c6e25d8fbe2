package dev.dockerlab.repl;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl-C on a foreground docker run, at a real terminal: one press gives the prompt back, and a line says what still runs. */
@DaemonTest
class TerminalInterruptDaemonTest {

    @TempDir
    Path home;

    private Tmux tmux;

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void oneCtrlCStopsTheClientAndSaysTheContainerStillRuns(TestDaemon daemon) throws IOException {
        String name = daemon.name("sleeper");
        daemon.owns("container", name);
        tmux = TerminalRepl.start(home, "waiting", """
                ---
                title: Waiting
                ---

                # Waiting

                ## Run something long

                Run it in the foreground.
                """, Map.of("DOCKERLAB_IMAGE", daemon.labImage(),
                "DOCKER_HOST", daemon.connection().endpoint().uri().toString()), 120, 40);
        tmux.await("the prompt", text -> text.contains("[waiting 1/1] $ "));

        tmux.line("docker run --name " + name + " --label " + daemon.label() + " \"$IMAGE\" sleep 300");
        tmux.await("the container to run", text -> running(daemon, name));
        tmux.press("C-c");

        String shown = tmux.await("the prompt after one Ctrl-C",
                text -> text.lines().filter(line -> line.startsWith("[waiting 1/1] $ ")).count() >= 2);
        assertThat(shown).contains("The container " + name + " still runs")
                .contains("docker stop " + name);
        assertThat(running(daemon, name)).isTrue();
    }

    private static boolean running(TestDaemon daemon, String name) {
        return daemon.trySh("docker inspect -f '{{.State.Running}}' " + name).output().strip().equals("true");
    }
}
