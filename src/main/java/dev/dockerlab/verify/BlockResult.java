package dev.dockerlab.verify;

import dev.dockerlab.lesson.Attempt;
import dev.dockerlab.lesson.Lesson;

import java.time.Duration;
import java.util.List;

/**
 * How one alternative or mistake block fared under verify. {@code where} is
 * its FILE:LINE; {@code problems} say why it failed or was not run, the first
 * naming the block and what happened.
 */
public record BlockResult(Attempt.Kind kind, String title, String where, ExerciseResult.Status status,
                          List<String> problems, Duration took) {

    public BlockResult {
        problems = List.copyOf(problems);
    }

    /** A block not run, and why: "the mistake 'x' was not run: the solution failed". */
    public static BlockResult notRun(Lesson lesson, Attempt attempt, String reason) {
        return new BlockResult(attempt.kind(), attempt.title(), lesson.file() + ":" + attempt.line(),
                ExerciseResult.Status.NOT_RUN, List.of("the " + attempt.describe() + " was not run: " + reason), Duration.ZERO);
    }

    public boolean ok() {
        return status == ExerciseResult.Status.PASSED;
    }

    public boolean ran() {
        return status == ExerciseResult.Status.PASSED || status == ExerciseResult.Status.FAILED;
    }

    /** How the JUnit report names its test case, after the exercise: {@code mistake: rescues into a new volume}. */
    public String caseName() {
        return kind.word() + ": " + title;
    }
}
