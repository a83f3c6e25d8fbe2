package dev.dockerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** dockerlab present's options, before any daemon is asked. */
class PresentCommandTest {

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("no daemon is needed for this");
        });
    }

    @Test
    void helpNamesTheKeysAndTheOptions() {
        CliRun.Result help = dockerlab().run("present", "--help");

        assertThat(help.status()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("Usage: dockerlab present", "LESSON", "--auto", "--pause=SECONDS", "--typing-delay=MS",
                "--keys=FILE", "--force", "b goes back one step; q quits.", "(default: 3)", "(default: 25)");
    }

    @Test
    void negativeTimesAndAMissingKeyFileAreTheUsersMistake() {
        CliRun.Result negative = dockerlab().run("present", "bind-mounts", "--pause", "-1");
        CliRun.Result missing = dockerlab().run("present", "bind-mounts", "--keys", home.resolve("nope.txt").toString());

        assertThat(negative.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(negative.err()).isEqualTo("dockerlab: --pause and --typing-delay cannot be negative.\n");
        assertThat(missing.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).startsWith("dockerlab: there is no readable key file at ");
    }

    @Test
    void aThemeIsDarkLightOrHighContrast() {
        CliRun.Result help = dockerlab().run("present", "--help");
        CliRun.Result unknown = dockerlab().run("present", "bind-mounts", "--theme", "sepia");

        assertThat(help.out().replaceAll("\\s+", " ")).contains("--theme=THEME", "light", "high-contrast", "(default: dark)");
        assertThat(unknown.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("dockerlab: there is no theme \"sepia\"; choose dark, light or high-contrast.\n");
    }

    @Test
    void anUnknownLessonIsNamedWithTheLessonsThereAre() {
        CliRun.Result run = dockerlab().run("present", "no-such-lesson");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("there is no lesson no-such-lesson in", "bind-mounts");
    }
}
