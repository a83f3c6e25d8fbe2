package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture lesson twin-checks has one check line twice; in each pass over
 * the checklist the first holds and the second does not. The step as shown
 * and /check must show each line's own verdict in its own place.
 */
@DaemonTest
class TwinCheckLinesReplDaemonTest {

    private static final String LINE = "command \"mkdir toggle || ! rmdir toggle\" succeeds";

    @TempDir
    Path home;

    private Settings settings;
    private AppContext context;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        Path lab = Files.createDirectories(home.resolve("lab"));
        Path lessons = Path.of("src/test/resources/lessons/twin-checks").toAbsolutePath();
        settings = new Settings(daemon.labImage(), lab, Optional.empty(), lessons, false);
        context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "LANG", "C.UTF-8")), home, daemon::connection);
    }

    @Test
    void theStepAndSlashCheckShowTheFirstLineHoldingAndTheSecondNot() {
        StringWriter out = new StringWriter();
        int status = ReplLauncher.scripted(context, settings, Optional.of("twin-checks"), new StringReader("/next\n/check\n/exit\n"),
                new PrintWriter(out));

        assertThat(status).as(out.toString()).isZero();
        List<String> boxes = out.toString().lines().map(String::strip).filter(line -> line.matches("\\[[ x?]\\] .*")).toList();
        assertThat(boxes).as(out.toString()).containsExactly(
                "[x] " + LINE, "[ ] " + LINE,
                "[x] " + LINE, "[ ] " + LINE);
        assertThat(out.toString()).contains("1 of 2 checks pass.");
    }
}
