package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.Variables;
import dev.dockerlab.render.MarkdownRenderer;

import java.util.List;

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
        Judgement judgement;
        try (Evaluation evaluation = lab.evaluation(variables, typed)) {
            judgement = evaluation.judge(exercise.checks());
        }
        stage.lines(renderer.checklist(judgement).lines());
        Outcome outcome = new Outcome(judgement.passing(), judgement.total());
        if (outcome.done()) {
            stage.ok("✔ Exercise " + exercise.number() + " done: all " + outcome.total() + " checks pass.");
        } else {
            stage.note("Exercise " + exercise.number() + ": " + outcome.passing() + " of " + outcome.total() + " checks pass.");
        }
        return outcome;
    }
}
