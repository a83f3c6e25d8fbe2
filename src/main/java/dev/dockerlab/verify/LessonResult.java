package dev.dockerlab.verify;

import java.time.Duration;
import java.util.List;

/** Every exercise of one lesson, and the lesson's own failures (cleanup that left things behind). */
public record LessonResult(String lesson, String title, List<ExerciseResult> exercises, List<String> cleanupProblems,
                           Duration took) {

    public LessonResult {
        exercises = List.copyOf(exercises);
        cleanupProblems = List.copyOf(cleanupProblems);
    }

    public boolean ok() {
        return cleanupProblems.isEmpty() && exercises.stream().allMatch(ExerciseResult::ok);
    }
}
