package dev.dockerlab.export;

import dev.dockerlab.lesson.Step;

/** One step of a lesson as a section: its title (an exercise's marked "Exercise N"), its text, and an exercise's help. */
final class StepSection {

    private final ExerciseHelp help;

    StepSection(ExerciseHelp help) {
        this.help = help;
    }

    /** @param anchorPrefix before {@code step-N} in the section's id, so that one page can hold several lessons */
    String html(Step step, String anchorPrefix) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"").append(step.isExercise() ? "step exercise" : "step")
                .append("\" id=\"").append(Html.escape(anchorPrefix)).append("step-").append(step.number()).append("\">\n<h2>");
        if (step.isExercise()) {
            html.append("<span class=\"exercise-label\">Exercise ").append(step.exercise().number()).append("</span> ");
        }
        html.append(Html.escape(step.title())).append("</h2>\n");
        if (step.isExercise()) {
            html.append(MarkdownHtml.render(step.markdown(), Goals.of(step.exercise())))
                    .append(help.html(step.exercise()));
        } else {
            html.append(MarkdownHtml.render(step.markdown()));
        }
        return html.append("</section>\n").toString();
    }
}
