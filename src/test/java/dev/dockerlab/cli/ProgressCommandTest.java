package dev.dockerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** dockerlab progress reads the file the REPL writes; no daemon needed. */
class ProgressCommandTest {

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("progress needs no daemon");
        });
    }

    private void saved(String json) throws Exception {
        Path state = home.resolve("state/dockerlab");
        Files.createDirectories(state);
        Files.writeString(state.resolve("progress.json"), json);
    }

    @Test
    void showsEachLessonsExercisesHintsAndTimeAndWhereTheLearnerIs() throws Exception {
        saved("""
                {"version": 1, "currentLesson": "bind-mounts",
                 "lessons": {"bind-mounts": {"step": 4, "completed": [1], "hintsUsed": {"1": 2}, "secondsSpent": 300}}}
                """);

        CliRun.Result run = dockerlab().run("--lessons", Path.of("lessons").toAbsolutePath().toString(), "progress");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("  01 copy-on-write          not started",
                "  03 bind-mounts            1/3 exercises, 2 hints, 5 min  (you are here: step 4)",
                "1 of 29 exercises done.");
    }

    @Test
    void countsAreInTheRightNumberAndTheTimeIsExplained() throws Exception {
        saved("""
                {"version": 1, "currentLesson": "bind-mounts",
                 "lessons": {"bind-mounts": {"step": 2, "completed": [1], "hintsUsed": {"1": 1}, "secondsSpent": 720}}}
                """);

        CliRun.Result run = dockerlab().run("--lessons", Path.of("lessons").toAbsolutePath().toString(), "progress");

        assertThat(run.out()).contains("  03 bind-mounts            1/3 exercises, 1 hint, 12 min",
                "Time is active time: each wait at the prompt counts up to 5 minutes, a command all the while it runs.")
                .doesNotContain("1 hints");
    }

    @Test
    void jsonIsTheFileAsTheReplKeepsIt() throws Exception {
        saved("{\"version\": 1, \"currentLesson\": \"bind-mounts\", \"lessons\": {}}");

        CliRun.Result run = dockerlab().run("progress", "--json");

        assertThat(run.out()).contains("\"currentLesson\" : \"bind-mounts\"");
    }

    @Test
    void aCorruptFileIsSaidAndSetAside() throws Exception {
        saved("{ broken");

        CliRun.Result run = dockerlab().run("progress", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("Your progress file could not be read");
        assertThat(run.out()).contains("\"lessons\" : { }");
    }
}
