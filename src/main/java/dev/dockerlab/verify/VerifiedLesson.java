package dev.dockerlab.verify;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One lesson's result as verify's reports show it: from which lesson file,
 * in which of how many runs, begun when.
 */
public record VerifiedLesson(LessonResult result, Path file, int run, int runs, Instant started) {

    /**
     * A lesson verify did not reach ({@code --fail-fast} stopped before it):
     * each exercise and block not run, for the reason given.
     */
    public static VerifiedLesson unreached(Lesson lesson, int run, int runs, String reason) {
        List<ExerciseResult> exercises = lesson.exercises().stream().map(exercise -> notRun(lesson, exercise, reason)).toList();
        return new VerifiedLesson(new LessonResult(lesson.id(), lesson.title(), exercises, List.of(), Duration.ZERO),
                lesson.file(), run, runs, Instant.now());
    }

    private static ExerciseResult notRun(Lesson lesson, Exercise exercise, String reason) {
        return new ExerciseResult(lesson.id(), exercise.number(), exercise.title(), ExerciseResult.Status.NOT_RUN,
                List.of("not run: " + reason), Duration.ZERO)
                .withBlocks(exercise.attempts().stream().map(attempt -> BlockResult.notRun(lesson, attempt, reason)).toList(),
                        Duration.ZERO);
    }

    /** The lesson's id, and its run when verify ran more than once: {@code bind-mounts (run 2)}. */
    public String name() {
        return runs > 1 ? result.lesson() + " (run " + run + ")" : result.lesson();
    }
}
