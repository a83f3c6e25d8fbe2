package dev.dockerlab.lesson;

import java.util.List;

/**
 * One {@code ##} section. {@code markdown} is the section's text as the learner
 * sees it: hidden blocks (setup, solution, hint, cleanup) removed, check blocks
 * kept, variables substituted. {@code asWritten} is the same text with
 * {@code ${LAB}} and {@code ${IMAGE}} as the author wrote them: a presentation
 * shows it, since a long host path in their place misaligns the diagrams.
 * {@code exercise} is null for a reading step.
 */
public record Step(int number, String title, int line, String markdown,
                   List<Example> examples, Exercise exercise, String asWritten) {

    public Step {
        examples = List.copyOf(examples);
    }

    /** A step whose text has no variables to substitute. */
    public Step(int number, String title, int line, String markdown, List<Example> examples, Exercise exercise) {
        this(number, title, line, markdown, examples, exercise, markdown);
    }

    public boolean isExercise() {
        return exercise != null;
    }
}
