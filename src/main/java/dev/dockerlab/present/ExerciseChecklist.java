package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.render.MarkdownRenderer;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exercise's checks judged on the daemon's state now, as the lesson's
 * checklist: {@code [x]} for each that holds, {@code [ ]} and the observed
 * fact for each that does not, and a line saying how many pass.
 */
final class ExerciseChecklist {

    /** A checklist as judged once: its lines as shown, and where it stood. */
    record Judged(List<AttributedString> lines, Outcome outcome) {

        Judged {
            lines = List.copyOf(lines);
        }

        /** Whether it reads the same as another: a checklist that did not change is not shown again. */
        boolean readsLike(Judged other) {
            return other != null && text(lines).equals(text(other.lines));
        }

        private static List<String> text(List<AttributedString> lines) {
            return lines.stream().map(AttributedString::toString).toList();
        }
    }

    private final Lab lab;
    private final Variables variables;
    private final Map<Integer, StartState> starts = new HashMap<>();

    ExerciseChecklist(Lab lab, Variables variables) {
        this.lab = lab;
        this.variables = variables;
    }

    /**
     * Notes what exists as the exercise starts (after its setup), as verify
     * and the REPL do, for the checks that compare with the start: the very
     * container, the volume it had, a restart after a change.
     */
    void recordStart(Exercise exercise) {
        try (Evaluation evaluation = lab.evaluation(variables, List.of())) {
            starts.put(exercise.number(), evaluation.record());
        }
    }

    /** @param typed the commands run in the exercise so far, for {@code typed} checks */
    Judged judge(Exercise exercise, List<String> typed, Stage stage, MarkdownRenderer renderer) {
        Judgement judgement;
        StartState start = starts.getOrDefault(exercise.number(), StartState.UNRECORDED);
        try (Evaluation evaluation = lab.evaluation(variables, typed, start)) {
            judgement = evaluation.judge(exercise.checks());
        }
        List<AttributedString> lines = new ArrayList<>(renderer.checklist(judgement).lines());
        Outcome outcome = new Outcome(judgement.passing(), judgement.total());
        lines.add(outcome.done()
                ? stage.styled("✔ Exercise " + exercise.number() + " done: all " + outcome.total() + " checks pass.", true)
                : stage.styled("Exercise " + exercise.number() + ": " + outcome.passing() + " of " + outcome.total()
                        + " checks pass.", false));
        return new Judged(lines, outcome);
    }
}
