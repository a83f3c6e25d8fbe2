package dev.dockerlab.cli;

import dev.dockerlab.verify.BlockResult;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.VerifiedLesson;

import java.util.List;
import java.util.Locale;

/**
 * What a verify came to, for the console's last line and {@code verify
 * --json}: the course's size (lessons and exercises, each proven {@code
 * runs} times) and how the exercise runs and the blocks that ran fared.
 * An exercise whose solution passed but one of its blocks did not counts as failed.
 */
record VerifySummary(int lessons, int exercises, int runs, long passed, long failed, long notApplicable, long notRun,
                     long blocksPassed, long blocksFailed) {

    static VerifySummary of(List<VerifiedLesson> results, int lessons, int exercises, int runs) {
        List<ExerciseResult> all = results.stream().flatMap(lesson -> lesson.result().exercises().stream()).toList();
        long passed = all.stream().filter(result -> result.status() == ExerciseResult.Status.PASSED && result.ok()).count();
        long notApplicable = all.stream().filter(result -> result.status() == ExerciseResult.Status.NOT_APPLICABLE).count();
        long notRun = all.stream().filter(result -> result.status() == ExerciseResult.Status.NOT_RUN).count();
        List<BlockResult> ran = all.stream().flatMap(result -> result.blocks().stream()).filter(BlockResult::ran).toList();
        long blocksPassed = ran.stream().filter(BlockResult::ok).count();
        return new VerifySummary(lessons, exercises, runs, passed, all.size() - passed - notApplicable - notRun,
                notApplicable, notRun, blocksPassed, ran.size() - blocksPassed);
    }

    /** {@code 9 lessons, 29 exercises, 3 runs each: 85 passed, 2 failed; 6 blocks: 5 passed, 1 failed}. */
    String line() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d %s, %d %s", lessons, lessons == 1 ? "lesson" : "lessons",
                exercises, exercises == 1 ? "exercise" : "exercises"));
        if (runs > 1) {
            line.append(", ").append(runs).append(" runs each");
        }
        line.append(String.format(Locale.ROOT, ": %d passed, %d failed", passed, failed));
        if (notApplicable > 0) {
            line.append(", ").append(notApplicable).append(" not applicable");
        }
        if (notRun > 0) {
            line.append(", ").append(notRun).append(" not run");
        }
        long blocks = blocksPassed + blocksFailed;
        if (blocks > 0) {
            line.append(String.format(Locale.ROOT, "; %d %s: %d passed, %d failed", blocks, blocks == 1 ? "block" : "blocks",
                    blocksPassed, blocksFailed));
        }
        return line.toString();
    }
}
