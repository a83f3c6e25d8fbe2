package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked tmpfs lesson of docs/lesson-authoring.md, taken from the page as
 * written: it lints clean, verify proves it (its checks fail before each
 * solution, its alternatives pass, its mistakes are caught by the checks they
 * name), and present plays it through.
 */
@DaemonTest
class AuthoringGuideLessonDaemonTest {

    private static final Path GUIDE = Path.of("docs/lesson-authoring.md");
    private static final String SECTION = "## A worked lesson: tmpfs";
    private static final String OPEN = "````markdown\n";
    private static final String CLOSE = "\n````\n";

    @TempDir
    Path home;

    private CliRun dockerlab;
    private Path lesson;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        daemon.labImage();
        daemon.owns("container", "tmpfs-demo");
        dockerlab = new CliRun(home, daemon::connection);
        lesson = Files.writeString(Files.createDirectories(home.resolve("course")).resolve("01-tmpfs-mounts.md"),
                lessonFromGuide());
    }

    @Test
    void theLessonLintsCleanAndVerifyProvesIt() {
        CliRun.Result lint = dockerlab.run("lint", lesson.toString());
        assertThat(lint.status()).as(lint.all()).isEqualTo(ExitCode.OK);
        assertThat(lint.all()).doesNotContain("warning");

        CliRun.Result before = dockerlab.run("check", lesson.toString(), "1");
        assertThat(before.status()).as("its checks fail before the solution: " + before.all())
                .isEqualTo(ExitCode.NOT_OK);

        CliRun.Result verified = dockerlab.run("verify", lesson.toString());
        assertThat(verified.status()).as(verified.all()).isEqualTo(ExitCode.OK);
        assertThat(verified.out()).contains("PASS 1 Write to memory and to disk (solution, 1 alternative, 1 mistake)",
                "PASS 2 Restart it (solution, 1 alternative, 2 mistakes)");
    }

    @Test
    void presentPlaysItThrough() {
        CliRun.Result shown = dockerlab.run("present", lesson.toString(), "--auto", "--pause", "0", "--typing-delay", "0");

        assertThat(shown.status()).as(shown.all()).isEqualTo(ExitCode.OK);
        assertThat(shown.out()).contains("docker restart -t 1 tmpfs-demo", "on disk")
                .as("housekeeping runs untyped").doesNotContain("docker rm -f tmpfs-demo >/dev/null 2>&1 || true");
    }

    /** The first ````markdown block after the section's heading, as an author would copy it. */
    private static String lessonFromGuide() throws IOException {
        String guide = Files.readString(GUIDE);
        int section = guide.indexOf(SECTION);
        assertThat(section).as("the guide has the section " + SECTION).isNotNegative();
        int start = guide.indexOf(OPEN, section) + OPEN.length();
        int end = guide.indexOf(CLOSE, start);
        assertThat(end).isGreaterThan(start);
        return guide.substring(start, end + 1);
    }
}
