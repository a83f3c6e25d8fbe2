package dev.dockerlab.cli;

import dev.dockerlab.output.Style;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.LessonResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Across repeated verify runs: which exercises passed in some runs and failed in others. */
final class Flakiness {

    private final Map<String, List<ExerciseResult>> byExercise = new LinkedHashMap<>();

    void add(LessonResult lesson) {
        for (ExerciseResult exercise : lesson.exercises()) {
            byExercise.computeIfAbsent(lesson.lesson() + " #" + exercise.number() + " " + exercise.title(),
                    key -> new ArrayList<>()).add(exercise);
        }
    }

    void report(PrintWriter out, Style style) {
        int flaky = 0;
        for (Map.Entry<String, List<ExerciseResult>> exercise : byExercise.entrySet()) {
            List<ExerciseResult> runs = exercise.getValue();
            long failed = runs.stream().filter(result -> !result.ok()).count();
            if (failed > 0 && failed < runs.size()) {
                flaky++;
                ExerciseResult first = runs.stream().filter(result -> !result.ok()).findFirst().orElseThrow();
                out.println(style.bad("flaky") + " " + exercise.getKey() + ": failed " + failed + " of " + runs.size()
                        + " runs; first failure: " + (first.details().isEmpty() ? first.status() : String.join(" ", first.details())));
            }
        }
        out.println(flaky == 0 ? style.ok("No flaky exercise in " + byExercise.size() + " exercises.")
                : style.bad(flaky + (flaky == 1 ? " exercise is" : " exercises are") + " flaky."));
        out.flush();
    }
}
