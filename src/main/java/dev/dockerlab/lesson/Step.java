package dev.dockerlab.lesson;

import java.util.List;

/**
 * One {@code ##} section. {@code markdown} is the section's text as the learner
 * sees it: hidden blocks (setup, solution, hint, cleanup) removed, check blocks
 * kept. {@code exercise} is null for a reading step.
 */
public record Step(int number, String title, int line, String markdown,
                   List<Example> examples, Exercise exercise) {

    public Step {
        examples = List.copyOf(examples);
    }

    public boolean isExercise() {
        return exercise != null;
    }
}
