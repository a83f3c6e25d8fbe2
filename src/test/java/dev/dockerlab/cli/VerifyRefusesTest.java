package dev.dockerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** verify refuses a course that proves nothing or that lint rejects, before it needs the daemon. */
class VerifyRefusesTest {

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("verify must refuse this course before it needs the daemon");
        });
    }

    @Test
    void aFolderWithNoLessonFilesFails() throws IOException {
        Path folder = Files.createDirectories(home.resolve("course"));
        Files.writeString(folder.resolve("README.md"), "# Not a lesson\n");
        Files.writeString(folder.resolve("lesson.md"), "# Not named NN-slug.md\n");

        CliRun.Result run = dockerlab().run("verify", folder.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: there are no lesson files (NN-slug.md) in " + folder
                + "; verify has nothing to prove.\n");
    }

    @Test
    void theDefaultLessonFolderWithNoLessonFilesFails() throws IOException {
        Path folder = Files.createDirectories(home.resolve("empty"));

        CliRun.Result run = dockerlab().run("--lessons", folder.toString(), "verify");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("there are no lesson files (NN-slug.md) in " + folder);
    }

    @Test
    void jobsBelowOneIsAUsageErrorInOneSentence() {
        for (String jobs : new String[] {"0", "-2"}) {
            CliRun.Result run = dockerlab().run("verify", "--jobs", jobs, CliRun.fixture("passing").toString());

            assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("dockerlab: --jobs takes a number of lessons to prove at once, 1 or more.\n");
        }
    }

    @Test
    void twoFilesWithOneIdInOneFolderFail() throws IOException {
        Path folder = Files.createDirectories(home.resolve("course"));
        String lesson = Files.readString(CliRun.fixture("passing").resolve("01-passing.md"));
        Path first = Files.writeString(folder.resolve("01-passing.md"), lesson);
        Path second = Files.writeString(folder.resolve("02-passing.md"), lesson);

        CliRun.Result run = dockerlab().run("verify", folder.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + first + " and " + second
                + " have the same lesson id 'passing'; give each lesson its own id.\n");
    }

    @Test
    void twoFilesWithOneIdInDifferentFoldersFail() throws IOException {
        String lesson = Files.readString(CliRun.fixture("passing").resolve("01-passing.md"));
        Path first = Files.writeString(Files.createDirectories(home.resolve("a")).resolve("01-passing.md"), lesson);
        Path second = Files.writeString(Files.createDirectories(home.resolve("b")).resolve("03-passing.md"), lesson);

        CliRun.Result run = dockerlab().run("verify", first.toString(), second.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(first + " and " + second + " have the same lesson id 'passing'");
    }
}
