package dev.dockerlab.classroom.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One class on the dashboard, as HTML: who is stuck, the check line most of
 * the class fails per exercise, and the grid of learners by exercise. The
 * live stream sends this same fragment, so the first draw and every update
 * are one code path. Every learner-supplied string goes through {@link HtmlText}.
 */
final class ClassPanel {

    private ClassPanel() {
    }

    static String html(ClassView view) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"class\" id=\"class-").append(HtmlText.escape(view.code())).append("\">");
        html.append("<h2>Class <code>").append(HtmlText.escape(view.code())).append("</code> <small>")
                .append(view.learners().size()).append(view.learners().size() == 1 ? " learner" : " learners")
                .append("</small></h2>");
        stuck(view, html);
        failures(view, html);
        grid(view, html);
        return html.append("</section>").toString();
    }

    private static void stuck(ClassView view, StringBuilder html) {
        List<ClassView.LearnerRow> stuck = view.learners().stream().filter(ClassView.LearnerRow::stuck).toList();
        html.append("<div class=\"stuck\"><h3>Stuck <small>(same exercise, no progress for ")
                .append(HtmlText.duration(view.stuckAfterSeconds())).append(")</small></h3>");
        if (stuck.isEmpty()) {
            html.append("<p class=\"none\">Nobody.</p></div>");
            return;
        }
        html.append("<ul>");
        for (ClassView.LearnerRow learner : stuck) {
            html.append("<li data-stuck=\"").append(HtmlText.escape(learner.id())).append("\"><b>")
                    .append(HtmlText.escape(learner.name())).append("</b> on ").append(exerciseName(learner.current()))
                    .append(", ").append(learner.current().passing()).append('/').append(learner.current().total())
                    .append(" checks, for ").append(HtmlText.duration(learner.current().seconds())).append("</li>");
        }
        html.append("</ul></div>");
    }

    private static void failures(ClassView view, StringBuilder html) {
        List<ClassView.ExerciseColumn> failing = view.exercises().stream().filter(e -> e.commonFailure() != null).toList();
        html.append("<div class=\"failures\"><h3>What the class fails</h3>");
        if (failing.isEmpty()) {
            html.append("<p class=\"none\">No failing checks.</p></div>");
            return;
        }
        html.append("<ul>");
        for (ClassView.ExerciseColumn exercise : failing) {
            ClassView.CommonFailure failure = exercise.commonFailure();
            html.append("<li data-failing=\"").append(HtmlText.escape(exercise.lesson() + "#" + exercise.exercise()))
                    .append("\"><b>").append(HtmlText.escape(title(exercise))).append("</b>: <code>")
                    .append(HtmlText.escape(failure.line())).append("</code> fails for ").append(failure.learners())
                    .append(" of ").append(failure.of()).append(" failing learners");
            if (!failure.observed().isEmpty()) {
                html.append("; observed: ").append(failure.observed().stream()
                        .map(fact -> "<q>" + HtmlText.escape(fact) + "</q>").collect(Collectors.joining(", ")));
            }
            html.append("</li>");
        }
        html.append("</ul></div>");
    }

    private static void grid(ClassView view, StringBuilder html) {
        Map<String, Long> perLesson = view.exercises().stream().collect(Collectors.groupingBy(
                ClassView.ExerciseColumn::lesson, LinkedHashMap::new, Collectors.counting()));
        html.append("<table class=\"grid\"><thead><tr><th rowspan=\"2\">Learner</th><th rowspan=\"2\">On</th>"
                + "<th rowspan=\"2\">For</th><th rowspan=\"2\">Checks</th><th rowspan=\"2\">Hints</th>"
                + "<th rowspan=\"2\">Solutions</th>");
        perLesson.forEach((lesson, count) -> html.append("<th colspan=\"").append(count).append("\" class=\"lesson\">")
                .append(HtmlText.escape(lesson)).append("</th>"));
        html.append("</tr><tr>");
        for (ClassView.ExerciseColumn exercise : view.exercises()) {
            html.append("<th title=\"").append(HtmlText.escape(title(exercise))).append("\">").append(exercise.exercise())
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        view.learners().stream().sorted(ClassViews.byName()).forEach(learner -> row(view, learner, html));
        html.append("</tbody></table>");
    }

    private static void row(ClassView view, ClassView.LearnerRow learner, StringBuilder html) {
        ClassView.Current current = learner.current();
        html.append("<tr data-learner-row=\"").append(HtmlText.escape(learner.id())).append("\" class=\"")
                .append(learner.stuck() ? "is-stuck" : "").append(learner.left() ? " has-left" : "").append("\">");
        html.append("<th class=\"name\">").append(HtmlText.escape(learner.name()));
        if (learner.left()) {
            html.append(" <small>(left)</small>");
        }
        if (learner.lastCommand() != null) {
            html.append("<div class=\"command\"><code>").append(HtmlText.escape(learner.lastCommand())).append("</code></div>");
        }
        html.append("</th><td>").append(current == null ? "" : exerciseName(current)).append("</td><td>")
                .append(current == null ? "" : HtmlText.duration(current.seconds())).append("</td><td>")
                .append(current == null || current.total() == 0 ? "" : current.passing() + "/" + current.total())
                .append("</td><td>").append(learner.hints()).append("</td><td>").append(learner.solutions()).append("</td>");
        Map<String, ClassView.ExerciseCell> cells = learner.exercises().stream().collect(Collectors.toMap(
                cell -> cell.lesson() + "#" + cell.exercise(), Function.identity()));
        for (ClassView.ExerciseColumn exercise : view.exercises()) {
            String id = exercise.lesson() + "#" + exercise.exercise();
            ClassView.ExerciseCell cell = cells.get(id);
            ExerciseStatus status = cell == null ? ExerciseStatus.NOT_STARTED : cell.status();
            html.append("<td class=\"cell ").append(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append("\" data-learner=\"").append(HtmlText.escape(learner.id()))
                    .append("\" data-exercise=\"").append(HtmlText.escape(id))
                    .append("\" data-status=\"").append(status.words()).append("\" title=\"")
                    .append(HtmlText.escape(title(exercise))).append(": ").append(status.words());
            if (cell != null && cell.total() > 0) {
                html.append(", ").append(cell.passing()).append('/').append(cell.total()).append(" checks");
            }
            html.append("\">").append(symbol(status)).append("</td>");
        }
        html.append("</tr>");
    }

    private static String symbol(ExerciseStatus status) {
        return switch (status) {
            case DONE -> "✓";
            case WORKING -> "…";
            case NOT_STARTED -> "";
        };
    }

    private static String exerciseName(ClassView.Current current) {
        String title = current.title() == null ? "exercise " + current.exercise() : current.title();
        return HtmlText.escape(title) + " <small>(" + HtmlText.escape(current.lesson()) + " #" + current.exercise() + ")</small>";
    }

    private static String title(ClassView.ExerciseColumn exercise) {
        return exercise.title() == null ? exercise.lesson() + " #" + exercise.exercise() : exercise.title();
    }
}
