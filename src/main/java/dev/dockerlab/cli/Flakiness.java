package dev.dockerlab.cli;

import dev.dockerlab.output.Style;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.LessonResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Across repeated verify runs: which exercises passed in some runs and failed
 * in others. A failure in a run that followed a cleanup that left things
 * behind is the cleanup's fault, not chance: it is named as such, not flaky.
 */
final class Flakiness {

    /** One run of one exercise, and whether the run before it of the same lesson cleaned up. */
    private record Run(ExerciseResult result, boolean afterFailedCleanup) {
    }

    private final Map<String, List<Run>> byExercise = new LinkedHashMap<>();
    private final Set<String> leftBehind = new HashSet<>();

    void add(LessonResult lesson) {
        boolean afterFailedCleanup = leftBehind.contains(lesson.lesson());
        for (ExerciseResult exercise : lesson.exercises()) {
            byExercise.computeIfAbsent(lesson.lesson() + " #" + exercise.number() + " " + exercise.title(),
                    key -> new ArrayList<>()).add(new Run(exercise, afterFailedCleanup));
        }
        if (lesson.cleanupProblems().isEmpty()) {
            leftBehind.remove(lesson.lesson());
        } else {
            leftBehind.add(lesson.lesson());
        }
    }

    void report(PrintWriter out, Style style) {
        int flaky = 0;
        for (Map.Entry<String, List<Run>> exercise : byExercise.entrySet()) {
            List<Run> runs = exercise.getValue();
            List<Run> failures = runs.stream().filter(run -> !run.result().ok()).toList();
            if (failures.isEmpty() || failures.size() == runs.size()) {
                continue;
            }
            ExerciseResult first = failures.get(0).result();
            String how = ": failed " + failures.size() + " of " + runs.size() + " runs; first failure: "
                    + (first.details().isEmpty() ? first.status() : String.join(" ", first.details()));
            if (failures.stream().allMatch(Run::afterFailedCleanup)) {
                out.println(style.bad("left behind") + " " + exercise.getKey() + how
                        + " (each after a run whose cleanup failed: see its cleanup lines)");
            } else {
                flaky++;
                out.println(style.bad("flaky") + " " + exercise.getKey() + how);
            }
        }
        out.println(flaky == 0 ? style.ok("No flaky exercise in " + byExercise.size() + (byExercise.size() == 1 ? " exercise." : " exercises."))
                : style.bad(flaky + (flaky == 1 ? " exercise is" : " exercises are") + " flaky."));
        out.flush();
    }
}
