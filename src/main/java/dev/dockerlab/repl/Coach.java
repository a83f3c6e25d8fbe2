package dev.dockerlab.repl;

import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.check.TypedAssertion;
import dev.dockerlab.check.Verdict;
import dev.dockerlab.lesson.CheckLine;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Hint;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.render.CheckStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges the learner's work as they go: after each command the current
 * exercise's checks (and those of exercises already done, which later commands
 * may have broken), the full checklist on /check, and hints that fit the state
 * the learner is in.
 */
final class Coach {

    private final Session session;

    Coach(Session session) {
        this.session = session;
    }

    /** After a command: judge the exercise, and say in one line where the learner stands. */
    void afterCommand() {
        Optional<Exercise> current = session.exercise();
        if (current.isEmpty()) {
            return;
        }
        Lab lab = session.lab.get(session.screen);
        LessonProgress progress = session.lessonProgress();
        Exercise exercise = current.get();
        try (Evaluation evaluation = lab.evaluation(session.variables(), progress.typed(exercise.number()))) {
            List<Verdict> verdicts = judge(evaluation, exercise);
            long passing = verdicts.stream().filter(Verdict::passed).count();
            boolean done = passing == verdicts.size();
            boolean wasDone = progress.completed.contains(exercise.number());
            if (done && !wasDone) {
                progress.completed.add(exercise.number());
                session.save();
                session.screen.ok("✔ Exercise " + exercise.number() + " done: all " + verdicts.size() + " checks pass. "
                        + whatNext());
            } else if (done) {
                session.screen.faint("checks " + passing + "/" + verdicts.size() + " (done)");
            } else {
                if (wasDone) {
                    progress.completed.remove(exercise.number());
                    session.save();
                }
                session.screen.faint("checks " + passing + "/" + verdicts.size() + " · /check shows which");
            }
        }
        // A new evaluation: the read helpers of the last one are gone before earlier command checks run.
        try (Evaluation evaluation = lab.evaluation(session.variables(), List.of())) {
            pointOutBrokenEarlierExercises(evaluation, exercise, progress);
        }
    }

    private String whatNext() {
        boolean lastStep = session.step().number() == session.lesson().steps().size();
        return lastStep ? "That completes the lesson: /next for the next one." : "/next goes on.";
    }

    private void pointOutBrokenEarlierExercises(Evaluation evaluation, Exercise current, LessonProgress progress) {
        for (Exercise earlier : session.lesson().exercises()) {
            if (earlier.number() >= current.number() || !progress.completed.contains(earlier.number())) {
                continue;
            }
            // What was typed then stays typed: only the state checks can break.
            List<CheckLine> state = earlier.checks().stream()
                    .filter(check -> !(check.assertion() instanceof TypedAssertion)).toList();
            List<Verdict> verdicts = evaluation.evaluateAll(state.stream().map(CheckLine::assertion).toList());
            for (int i = 0; i < verdicts.size(); i++) {
                if (!verdicts.get(i).passed()) {
                    session.screen.warn("Note: exercise " + earlier.number() + " (" + earlier.title() + ") no longer holds: "
                            + state.get(i).assertion().sentence() + " — " + verdicts.get(i).observed());
                    break;
                }
            }
        }
    }

    private static List<Verdict> judge(Evaluation evaluation, Exercise exercise) {
        return evaluation.evaluateAll(exercise.checks().stream().map(CheckLine::assertion).toList());
    }

    /** /check: the full checklist with what was observed for each line that does not hold. */
    boolean checklist() {
        Optional<Exercise> current = session.exercise();
        if (current.isEmpty()) {
            session.screen.warn("This step is reading only; the next exercise is further on (/next).");
            return false;
        }
        Exercise exercise = current.get();
        Lab lab = session.lab.get(session.screen);
        Map<String, CheckStatus> statuses = new HashMap<>();
        long passing;
        try (Evaluation evaluation = lab.evaluation(session.variables(), session.lessonProgress().typed(exercise.number()))) {
            List<Verdict> verdicts = judge(evaluation, exercise);
            for (int i = 0; i < verdicts.size(); i++) {
                statuses.put(exercise.checks().get(i).source(), CheckStatus.of(verdicts.get(i)));
            }
            passing = verdicts.stream().filter(Verdict::passed).count();
        }
        String block = "```check\n" + exercise.checks().stream().map(CheckLine::source).collect(Collectors.joining("\n")) + "\n```\n";
        session.screen.lines(session.renderer().render(block, statuses::get).lines());
        session.screen.faint(passing + " of " + exercise.checks().size() + " checks pass.");
        return true;
    }

    /** /hint: first a hint for the state the learner is in, then the next plain one. */
    boolean hint() {
        Optional<Exercise> current = session.exercise();
        if (current.isEmpty()) {
            session.screen.warn("There is nothing to solve in this step; hints come with exercises.");
            return false;
        }
        Exercise exercise = current.get();
        LessonProgress progress = session.lessonProgress();
        List<Hint> conditional = exercise.hints().stream().filter(Hint::isConditional).toList();
        if (!conditional.isEmpty()) {
            Lab lab = session.lab.get(session.screen);
            try (Evaluation evaluation = lab.evaluation(session.variables(), progress.typed(exercise.number()))) {
                for (Hint hint : conditional) {
                    if (evaluation.evaluate(hint.when()).passed()) {
                        showHint(hint, progress, exercise);
                        return true;
                    }
                }
            }
        }
        List<Hint> plain = exercise.hints().stream().filter(hint -> !hint.isConditional()).toList();
        if (plain.isEmpty()) {
            session.screen.faint("No more hints for this exercise; /solution shows one way to solve it.");
            return true;
        }
        int index = progress.nextPlainHint(exercise.number());
        Hint next = plain.get(Math.min(index, plain.size() - 1));
        showHint(next, progress, exercise);
        if (index + 1 >= plain.size()) {
            session.screen.faint("(that was the last hint; /solution shows a solution)");
        }
        return true;
    }

    private void showHint(Hint hint, LessonProgress progress, Exercise exercise) {
        progress.useHint(exercise.number());
        session.save();
        session.screen.lines(session.renderer().render("**Hint:** " + hint.text()).lines());
    }
}
