package dev.dockerlab.check;

import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.Processes;
import dev.dockerlab.testing.SilentDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A daemon that answered at first and then fell silent: a checklist (or a
 * hint's when) ends with one sentence naming what waited and the daemon, in
 * seconds, instead of marking each line unknown after the full bound.
 */
class SilentDaemonChecksTest {

    /** Only a guard so a regression cannot hang the suite; the bounds are the environment's 1 and 2 s. */
    private static final Duration GUARD = Duration.ofSeconds(25);

    @TempDir
    Path home;

    private SilentDaemon daemon;
    private DockerConnection connection;
    private Variables variables;

    @BeforeEach
    void connect() throws IOException {
        daemon = SilentDaemon.answeringVersionAt(home.resolve("docker.sock"));
        Map<String, String> env = Map.of("DOCKER_HOST", daemon.host(), "DOCKERLAB_DAEMON_TIMEOUT", "2",
                "DOCKERLAB_COMMAND_TIMEOUT", "1");
        connection = DaemonConnector.forEnvironment(env, new EndpointDiscovery(env, home, Files::exists)).connect();
        variables = new Variables(home.resolve("lab").toString(), "dockerlab/busybox:1", "silent");
    }

    @AfterEach
    void stop() throws IOException {
        connection.close();
        daemon.close();
    }

    @Test
    void aCommandCheckThatWaitsOnTheSilentDaemonEndsTheChecklistWithOneSentence() {
        List<CheckLine> checks = lines("command \"docker -H " + daemon.host() + " ps\" succeeds",
                "container web is running");

        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> judge(checks)))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessage("The command check \"docker -H " + daemon.host() + " ps\" did not finish within 1 s: the "
                        + "Docker daemon at " + daemon.host() + " (DOCKER_HOST) did not answer within 2 s (while pinging "
                        + "the daemon); is it paused or overloaded? Restart it (scripts/docker-up), or give it longer "
                        + "with DOCKERLAB_DAEMON_TIMEOUT=SECONDS.");
        assertThat(Processes.mentioning(daemon.socket().toString())).isEmpty();
    }

    @Test
    void aHintWhenCommandOnTheSilentDaemonSaysTheSameSentence() throws Exception {
        var when = CheckParser.parse("command \"docker -H " + daemon.host() + " volume ls\" succeeds", variables);

        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> {
            try (Evaluation evaluation = evaluation()) {
                return evaluation.evaluate(when);
            }
        })).isInstanceOf(DockerUnavailable.class).hasMessageContaining("did not finish within 1 s: the Docker daemon at");
    }

    @Test
    void checksThatAskTheSilentDaemonEndAtTheFirstInsteadOfEachWaitingItsBound() {
        List<CheckLine> checks = lines("container web is running", "volume data exists", "container db is running",
                "image app:1 exists");

        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> judge(checks)))
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageContaining("did not answer within 2 s")
                .hasMessageContaining("is it paused or overloaded?");
    }

    private Object judge(List<CheckLine> checks) {
        try (Evaluation evaluation = evaluation()) {
            return evaluation.judge(checks);
        }
    }

    private Evaluation evaluation() {
        return new Evaluation(connection, new Shell(variables, connection), "dockerlab/busybox:1", false, List.of());
    }

    private List<CheckLine> lines(String... lines) {
        return Arrays.stream(lines).map(line -> {
            try {
                return new CheckLine(1, line, CheckParser.parse(line, variables));
            } catch (Exception unparsable) {
                throw new IllegalArgumentException(line, unparsable);
            }
        }).toList();
    }

}
