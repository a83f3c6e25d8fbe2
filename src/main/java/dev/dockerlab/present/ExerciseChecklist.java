package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.check.Verdict;
import dev.dockerlab.lesson.CheckLine;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Variables;
import dev.dockerlab.render.CheckStatus;
import dev.dockerlab.render.MarkdownRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An exercise's checks judged on the daemon's state now and shown as the
 * lesson's checklist: {@code [x]} for each that holds, {@code [ ]} and the
 * observed fact for each that does not.
 */
final class ExerciseChecklist {

    private final Lab lab;
    private final Variables variables;

    ExerciseChecklist(Lab lab, Variables variables) {
        this.lab = lab;
        this.variables = variables;
    }

    /** @param typed the commands run in the exercise so far, for {@code typed} checks */
    Outcome show(Exercise exercise, List<String> typed, Stage stage, MarkdownRenderer renderer) {
        Map<String, CheckStatus> statuses = new HashMap<>();
        int passing = 0;
        try (Evaluation evaluation = lab.evaluation(variables, typed)) {
            List<CheckLine> checks = exercise.checks();
            List<Verdict> verdicts = evaluation.evaluateAll(checks.stream().map(CheckLine::assertion).toList());
            for (int i = 0; i < checks.size(); i++) {
                statuses.put(checks.get(i).source(), CheckStatus.of(verdicts.get(i)));
                passing += verdicts.get(i).passed() ? 1 : 0;
            }
        }
        String block = exercise.checks().stream().map(CheckLine::source).collect(Collectors.joining("\n", "```check\n", "\n```\n"));
        stage.lines(renderer.render(block, statuses::get).lines());
        Outcome outcome = new Outcome(passing, exercise.checks().size());
        if (outcome.done()) {
            stage.ok("✔ Exercise " + exercise.number() + " done: all " + outcome.total() + " checks pass.");
        } else {
            stage.note("Exercise " + exercise.number() + ": " + passing + " of " + outcome.total() + " checks pass.");
        }
        return outcome;
    }
}
