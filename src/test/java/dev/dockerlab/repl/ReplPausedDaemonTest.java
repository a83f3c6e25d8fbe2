package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.testing.DaemonTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A dockerd of this test's own, SIGSTOPped between two checks and SIGCONTed
 * before a third: the REPL says one sentence for the paused daemon, the
 * prompt comes back, and the next check is judged as usual, without a restart.
 * Never the shared daemon: only root may start one, and only where a daemon is
 * required (scripts/test), so elsewhere the test is skipped.
 */
@DaemonTest
class ReplPausedDaemonTest {

    private static final Duration GUARD = Duration.ofSeconds(180);

    @TempDir
    Path home;

    private final String id = "dockerlab-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final Path socket = Path.of("/run/" + id + ".sock");
    private final Path execRoot = Path.of("/run/" + id);
    private final Path dataRoot = Path.of("/var/lib/" + id);
    private Process dockerd;

    @BeforeEach
    void startOwnDaemon() throws Exception {
        assumeTrue(System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null && "root".equals(System.getProperty("user.name")),
                "a test-owned dockerd needs root and DOCKERLAB_REQUIRE_DAEMON");
        dockerd = new ProcessBuilder("dockerd", "-H", "unix://" + socket, "--data-root", dataRoot.toString(),
                "--exec-root", execRoot.toString(), "--pidfile", "/run/" + id + ".pid", "--bridge=none",
                "--iptables=false").redirectErrorStream(true).redirectOutput(home.resolve("dockerd.log").toFile()).start();
        for (int tries = 0; tries < 120 && !answers(); tries++) {
            Thread.sleep(500);
        }
        assertThat(answers()).as("the test's own dockerd answers").isTrue();
    }

    @AfterEach
    void stopOwnDaemon() throws Exception {
        if (dockerd == null) {
            return;
        }
        signal("CONT");
        run("docker", "-H", "unix://" + socket, "rm", "-f", "dlfx-paused-web");
        dockerd.destroy();
        if (!dockerd.waitFor(60, TimeUnit.SECONDS)) {
            dockerd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        run("rm", "-rf", dataRoot.toString(), execRoot.toString());
    }

    @Test
    void aCheckOnAPausedDaemonSaysOneSentenceAndTheNextCheckAfterItResumesIsJudged() throws Exception {
        Path course = Files.createDirectories(home.resolve("course"));
        Files.writeString(course.resolve("01-paused.md"), """
                ---
                title: A daemon that pauses
                resources:
                  containers: [dlfx-paused-web]
                ---

                # A daemon that pauses

                ## Start a container

                ```check
                container dlfx-paused-web is running
                ```

                ```hint when not container dlfx-paused-web is running
                Start it with docker run.
                ```

                ```solution
                docker run -d --name dlfx-paused-web "$IMAGE" sleep 600
                ```
                """);
        Map<String, String> env = new HashMap<>(Map.of("DOCKER_HOST", "unix://" + socket,
                "DOCKERLAB_DAEMON_TIMEOUT", "2", "XDG_STATE_HOME", home.resolve("state").toString(), "LANG", "C.UTF-8",
                "PATH", System.getenv("PATH")));
        AppContext context = new AppContext(env, home,
                () -> DaemonConnector.forEnvironment(env, new EndpointDiscovery(env, home, Files::exists)).connect());
        Settings settings = new Settings("dockerlab/busybox:1", home.resolve("lab"), Optional.empty(), course, false);
        Reader typed = new ActingLines(List.of("/check", "/check", "/hint", "/check"),
                List.of(() -> signal("STOP"), () -> { }, () -> signal("CONT")));
        StringWriter out = new StringWriter();

        assertTimeoutPreemptively(GUARD, () -> ReplLauncher.scripted(context, settings, Optional.of("paused"), typed,
                new PrintWriter(out)));
        context.close();

        String said = out.toString();
        int paused = said.indexOf("did not answer within 2 s");
        assertThat(paused).as(said).isPositive();
        int hint = said.indexOf("[paused 1/1] $ /hint", paused);
        int resumed = said.indexOf("[paused 1/1] $ /check", hint);
        assertThat(said.substring(0, paused)).as(said).contains("0 of 1 check passes.");
        // while paused: the daemon's sentence alone, for /check and for /hint, no checklist judged as if looked at
        for (String answer : List.of(said.substring(said.lastIndexOf('\n', paused) + 1, hint),
                said.substring(said.indexOf('\n', hint) + 1, resumed))) {
            assertThat(answer.strip()).as(said)
                    .startsWith("The Docker daemon at unix://" + socket + " (DOCKER_HOST) did not answer within 2 s")
                    .contains("is it paused or overloaded?").doesNotContain("check passes").doesNotContain("\n");
        }
        assertThat(said.substring(resumed)).as(said).contains("0 of 1 check passes.").doesNotContain("did not answer")
                .doesNotContain("Exception");
    }

    private boolean answers() throws Exception {
        return run("docker", "-H", "unix://" + socket, "version") == 0;
    }

    private void signal(String name) {
        try {
            run("kill", "-" + name, String.valueOf(dockerd.pid()));
        } catch (Exception cannot) {
            throw new IllegalStateException(cannot);
        }
    }

    private static int run(String... argv) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** Typed lines, one per read; before each line but the first, the next action runs (the REPL has finished the last). */
    private static final class ActingLines extends Reader {

        private final Deque<String> lines;
        private final Deque<Runnable> actions;
        private boolean first = true;

        ActingLines(List<String> lines, List<Runnable> actions) {
            this.lines = new ArrayDeque<>(lines);
            this.actions = new ArrayDeque<>(actions);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (lines.isEmpty()) {
                return -1;
            }
            if (!first && !actions.isEmpty()) {
                actions.poll().run();
            }
            first = false;
            String line = lines.poll() + "\n";
            int count = Math.min(length, line.length());
            line.getChars(0, count, buffer, offset);
            return count;
        }

        @Override
        public void close() {
        }
    }
}
