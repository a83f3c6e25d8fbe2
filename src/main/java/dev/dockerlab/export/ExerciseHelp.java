package dev.dockerlab.export;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Hint;

/**
 * The help under an exercise, each folded in a {@code <details>} so that a
 * learner opens it only when stuck: the hints in the lesson's order (a
 * {@code hint when} labelled with the state it is for), then the solution
 * when the handouts include solutions. Paper cannot be unfolded: each fold
 * has an open twin that only print shows (no browser prints a closed
 * {@code <details>}' content, and a script to open them would not run in
 * every print path).
 */
final class ExerciseHelp {

    private final boolean withSolutions;

    ExerciseHelp(boolean withSolutions) {
        this.withSolutions = withSolutions;
    }

    String html(Exercise exercise) {
        StringBuilder html = new StringBuilder();
        long plainHints = exercise.hints().stream().filter(hint -> !hint.isConditional()).count();
        int plainNumber = 0;
        for (Hint hint : exercise.hints()) {
            String text = MarkdownHtml.render(hint.text());
            if (hint.isConditional()) {
                details(html, "hint conditional", "Hint if " + hint.when().sentence(), text);
            } else {
                plainNumber++;
                details(html, "hint", plainHints == 1 ? "Hint" : "Hint " + plainNumber, text);
            }
        }
        if (withSolutions && exercise.solution() != null) {
            details(html, "solution", "Solution", CodeHtml.pre("solution", "sh", exercise.solution().body()));
        }
        return html.toString();
    }

    private static void details(StringBuilder html, String kind, String label, String content) {
        html.append("<details class=\"").append(kind).append("\">\n<summary>").append(Html.escape(label))
                .append("</summary>\n").append(content).append("</details>\n");
        html.append("<div class=\"").append(kind).append(" unfolded\">\n<p class=\"fold-title\">").append(Html.escape(label))
                .append("</p>\n").append(content).append("</div>\n");
    }
}
