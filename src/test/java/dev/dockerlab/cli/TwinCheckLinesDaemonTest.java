package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture lesson twin-checks has one check line twice; in each pass over
 * the checklist the first holds and the second does not. Each front end must
 * show each line's own verdict in its own place, not one verdict found by the
 * line's text for both.
 */
@DaemonTest
class TwinCheckLinesDaemonTest {

    private static final String LINE = "command \"mkdir toggle || ! rmdir toggle\" succeeds";

    @TempDir
    Path home;

    private CliRun dockerlab;
    private String lesson;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        daemon.labImage();
        dockerlab = new CliRun(home, daemon::connection);
        Files.createDirectories(dockerlab.lab());
        lesson = CliRun.fixture("twin-checks").resolve("01-twin-checks.md").toString();
    }

    @Test
    void presentShowsTheFirstLineHoldingAndTheSecondNot() {
        CliRun.Result run = dockerlab.run("present", lesson, "--auto", "--pause", "0", "--typing-delay", "0");

        String out = run.out();
        int summary = out.lastIndexOf("Exercise 1: 1 of 2 checks pass.");
        assertThat(summary).as(run.all()).isPositive();
        List<String> checklist = checklistEndingAt(out, summary);
        assertThat(checklist).as(out).hasSizeGreaterThan(2);
        assertThat(checklist.subList(0, 2)).as(out).containsExactly("[x] " + LINE, "[ ] " + LINE);
        assertThat(checklist.get(2)).as("what the second line observed").startsWith("\"mkdir toggle || ! rmdir toggle\" failed");
    }

    @Test
    void checkShowsTheFirstLineHoldingAndTheSecondNot() {
        CliRun.Result run = dockerlab.run("check", lesson, "1");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("  [x] " + LINE + "\n  [ ] " + LINE + "\n", "1 of 2 checks pass.");
    }

    @Test
    void verifyAndItsJUnitReportNameTheSecondLineAsTheOneThatFails() throws IOException {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", lesson, "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("after the solution, 1 of 2 checks fail:", "line 20: " + LINE).doesNotContain("line 18:");
        assertThat(Files.readString(report)).contains("line 20: " + LINE).doesNotContain("line 18:");
    }

    /** The indented lines right above {@code end}: the checklist shown last before it. */
    private static List<String> checklistEndingAt(String out, int end) {
        List<String> before = out.substring(0, end).lines().toList();
        int start = before.size();
        while (start > 0 && before.get(start - 1).startsWith(" ")) {
            start--;
        }
        return before.subList(start, before.size()).stream().map(String::strip).toList();
    }
}
