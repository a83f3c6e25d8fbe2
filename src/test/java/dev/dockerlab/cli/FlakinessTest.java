package dev.dockerlab.cli;

import dev.dockerlab.output.Style;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.LessonResult;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlakinessTest {

    private static LessonResult run(ExerciseResult.Status status, String... cleanupProblems) {
        ExerciseResult exercise = new ExerciseResult("bind", 1, "Write a file", status,
                status == ExerciseResult.Status.PASSED ? List.of() : List.of("vacuous check"), Duration.ZERO);
        return new LessonResult("bind", "Bind", List.of(exercise), List.of(cleanupProblems), Duration.ZERO);
    }

    private static String report(LessonResult... runs) {
        Flakiness flakiness = new Flakiness();
        List.of(runs).forEach(flakiness::add);
        StringWriter out = new StringWriter();
        flakiness.report(new PrintWriter(out), new Style(false));
        return out.toString();
    }

    @Test
    void aFailureOnlyAfterAFailedCleanupIsNamedAsLeftBehindNotFlaky() {
        String report = report(run(ExerciseResult.Status.PASSED, "path out could not be removed"),
                run(ExerciseResult.Status.FAILED));

        assertThat(report).contains("left behind bind #1 Write a file: failed 1 of 2 runs",
                "each after a run whose cleanup failed", "No flaky exercise in 1 exercise.").doesNotContain("flaky bind");
    }

    @Test
    void aFailureAfterACleanRunIsStillFlaky() {
        String report = report(run(ExerciseResult.Status.PASSED), run(ExerciseResult.Status.FAILED));

        assertThat(report).contains("flaky bind #1 Write a file: failed 1 of 2 runs; first failure: vacuous check",
                "1 exercise is flaky.");
    }
}
