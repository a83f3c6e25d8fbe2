package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson file, parsed once. {@code id} is the slug of {@code NN-slug.md},
 * {@code number} its NN. Markdown texts have ${LAB}, ${IMAGE} and ${LESSON}
 * already replaced.
 */
public record Lesson(String id, int number, Path file, String title, String summary,
                     String introduction, Requirements requires, Resources resources,
                     List<Step> steps, List<Script> cleanup) {

    public Lesson {
        steps = List.copyOf(steps);
        cleanup = List.copyOf(cleanup);
    }

    public List<Exercise> exercises() {
        return steps.stream().filter(Step::isExercise).map(Step::exercise).toList();
    }
}
