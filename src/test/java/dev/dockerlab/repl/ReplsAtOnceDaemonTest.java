package dev.dockerlab.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two REPLs at once on one state folder (two terminals of one learner): each
 * loads the progress, then does an exercise, and both are kept.
 */
@DaemonTest
@Timeout(300)
class ReplsAtOnceDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
    }

    private BackgroundRepl repl() throws Exception {
        Settings settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(),
                Path.of("src/test/resources/lessons/host-notes").toAbsolutePath(), false);
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(),
                "LANG", "C.UTF-8")), home, daemon::connection);
        return new BackgroundRepl(context, settings);
    }

    @Test
    void twoSessionsEachDoingAnExerciseKeepBoth() throws Exception {
        try (BackgroundRepl first = repl(); BackgroundRepl second = repl()) {
            first.typeAndWait("/goto host-notes:1\n");
            second.typeAndWait("/goto host-notes:2\n");

            first.typeAndWait("echo one > \"$LAB/note-one.txt\"\n");
            second.typeAndWait("echo two > \"$LAB/note-two.txt\"\n");
            int firstStatus = first.exit();
            int secondStatus = second.exit();

            assertThat(first.out()).as(first.out()).contains("✔ Exercise 1 done");
            assertThat(second.out()).as(second.out()).contains("✔ Exercise 2 done");
            assertThat(firstStatus).as(first.out()).isZero();
            assertThat(secondStatus).as(second.out()).isZero();
        }
        JsonNode saved = new ObjectMapper().readTree(home.resolve("state/dockerlab/progress.json").toFile());
        assertThat(saved.at("/lessons/host-notes/completed").toString()).isEqualTo("[1,2]");
    }
}
