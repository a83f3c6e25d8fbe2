package dev.dockerlab.cli;

import dev.dockerlab.lesson.Linter;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** list, lint and the errors of lesson lookup: no daemon needed. */
class LessonCommandsTest {

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("these commands must not need the daemon");
        });
    }

    @Test
    void listShowsTheLessonsInOrderWithTheirExerciseCounts() {
        CliRun.Result run = dockerlab().run("--lessons", Path.of("lessons").toAbsolutePath().toString(), "list");

        assertThat(run.status()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().map(line -> line.substring(0, line.indexOf(' ', 4)).strip()).toList())
                .containsExactly("01  copy-on-write", "02  overlay-directories", "03  bind-mounts", "04  anonymous-volumes",
                        "05  named-volumes", "06  managing-volumes", "07  sharing-data", "08  volumes-from",
                        "09  backup-and-restore");
    }

    @Test
    void listOfAnotherFolder() {
        CliRun.Result run = dockerlab().run("list", CliRun.fixture("passing").toString());

        assertThat(run.out()).isEqualTo("01  passing                A lesson that passes (2 exercises)\n");
    }

    @Test
    void lintPrintsEveryProblemAsFileLineMessageAndExits2() {
        Path broken = Path.of("src/test/resources/lint/broken");
        List<Problem> expected = new Linter(new Variables(home.resolve("lab").toString(), "dockerlab/busybox:1", ""))
                .lint(List.of(broken));

        CliRun.Result run = dockerlab().run("lint", broken.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(run.out().lines().toList()).isEqualTo(expected.stream().map(Problem::toString).toList());
        assertThat(run.out()).contains("03-broken-lesson.md:");
        assertThat(run.err()).isEqualTo(expected.size() + " problems in 1 file\n");
    }

    @Test
    void lintOfACleanFolderSaysSoAndExits0() {
        CliRun.Result run = dockerlab().run("lint", "lessons", CliRun.fixture("passing").toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void lintPrintsAWarningForACheckThatMayChangeStateAndStillExits0() throws IOException {
        Path lesson = Files.writeString(home.resolve("01-writes.md"), """
                # Writes

                ## Probe

                ```check
                command "docker exec web touch /srv/www/probe" fails
                ```

                ```solution
                true
                ```
                """);

        CliRun.Result run = dockerlab().run("lint", lesson.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith(lesson + ":6: warning: this command check may change state ('touch')");
        assertThat(run.err()).isEqualTo("no problems in " + lesson + " (1 warning)\n");
    }

    @Test
    void aCommandOnABrokenLessonListsItsProblemsAndExits2() {
        CliRun.Result run = dockerlab().run("check", "src/test/resources/lint/broken/03-broken-lesson.md");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("dockerlab: the lesson files have problems; fix them first (dockerlab lint lists them):\n")
                .contains("03-broken-lesson.md:");
    }

    @Test
    void anUnknownLessonNamesTheOnesThereAre() {
        CliRun.Result run = dockerlab().run("--lessons", CliRun.fixture("passing").toString(), "check", "nope");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: there is no lesson nope in " + CliRun.fixture("passing")
                + "; the lessons are: passing.\n");
    }

    @Test
    void aLessonIsFoundTheWayEveryCommandFindsItAnIdBeforeANumber() throws IOException {
        Path folder = Files.createDirectory(home.resolve("course"));
        Files.writeString(folder.resolve("01-first.md"), "# First\n");
        Files.writeString(folder.resolve("02-1.md"), "# An id that is a number\n");

        CliRun.Result run = dockerlab().run("--lessons", folder.toString(), "check", "1");

        assertThat(run.err()).isEqualTo("dockerlab: lesson 1 has no exercises to check.\n");
    }

    @Test
    void aLessonNameNoPathCanHoldIsNoLessonNotAFailure() {
        CliRun.Result run = dockerlab().run("--lessons", CliRun.fixture("passing").toString(), "check", "a\0b");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("dockerlab: there is no lesson a\0b in ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("list", "lint", "check", "verify", "reset", "doctor", "export")) {
            CliRun.Result run = dockerlab().run(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("Usage: dockerlab " + command);
        }
    }

    @Test
    void aMistypedOptionIsAUsageErrorNotAStackTrace() {
        CliRun.Result run = dockerlab().run("verify", "--fail-fats");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("Unknown option: '--fail-fats'").doesNotContain("Exception");
    }
}
