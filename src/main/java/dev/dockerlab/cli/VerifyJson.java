package dev.dockerlab.cli;

import dev.dockerlab.verify.BlockResult;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.LessonResult;
import dev.dockerlab.verify.VerifiedLesson;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code verify --json}: the schema docs/JSON.md documents; add fields, never rename or remove them. */
final class VerifyJson {

    private VerifyJson() {
    }

    record Report(String schema, boolean ok, List<LessonEntry> lessons, VerifySummary summary) {
    }

    record LessonEntry(String id, String title, String file, int run, String status, double time, String started,
                       List<String> problems, List<ExerciseEntry> exercises) {
    }

    record ExerciseEntry(int number, String title, String status, double time, List<String> problems,
                         List<CheckEntry> checks, List<BlockEntry> blocks) {
    }

    record BlockEntry(String kind, String title, String where, String status, double time, List<String> problems) {
    }

    static Report report(List<VerifiedLesson> lessons, VerifySummary summary) {
        return new Report("dockerlab/verify/1", lessons.stream().allMatch(lesson -> lesson.result().ok()),
                lessons.stream().map(VerifyJson::lesson).toList(), summary);
    }

    private static LessonEntry lesson(VerifiedLesson verified) {
        LessonResult result = verified.result();
        return new LessonEntry(result.lesson(), result.title(), verified.file().toString(), verified.run(), status(result),
                seconds(result.took()), verified.started().toString(), result.cleanupProblems(),
                result.exercises().stream().map(exercise -> exercise(exercise, verified)).toList());
    }

    private static ExerciseEntry exercise(ExerciseResult exercise, VerifiedLesson lesson) {
        // a solution that passed with a block that did not is a failed exercise, as the summary counts it
        ExerciseResult.Status status = exercise.status() == ExerciseResult.Status.PASSED && !exercise.ok()
                ? ExerciseResult.Status.FAILED : exercise.status();
        return new ExerciseEntry(exercise.number(), exercise.title(), status(status), seconds(exercise.took()),
                exercise.problems(), exercise.checks().lines().stream().map(line -> CheckEntry.of(line, lesson.file())).toList(),
                exercise.blocks().stream().map(VerifyJson::block).toList());
    }

    private static BlockEntry block(BlockResult block) {
        return new BlockEntry(block.kind().word(), block.title(), block.where(), status(block.status()), seconds(block.took()),
                block.problems());
    }

    /** {@code passed} when every exercise passed or does not apply; else as its exercises all are, or {@code failed}. */
    private static String status(LessonResult result) {
        if (result.ok()) {
            return status(result.exercises().stream().allMatch(exercise -> exercise.status() == ExerciseResult.Status.NOT_APPLICABLE)
                    && !result.exercises().isEmpty() ? ExerciseResult.Status.NOT_APPLICABLE : ExerciseResult.Status.PASSED);
        }
        boolean noneRan = result.exercises().stream().allMatch(exercise -> exercise.status() == ExerciseResult.Status.NOT_RUN);
        return status(noneRan && result.cleanupProblems().isEmpty() ? ExerciseResult.Status.NOT_RUN : ExerciseResult.Status.FAILED);
    }

    private static String status(ExerciseResult.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static double seconds(Duration took) {
        return Math.round(took.toMillis()) / 1000.0;
    }
}
