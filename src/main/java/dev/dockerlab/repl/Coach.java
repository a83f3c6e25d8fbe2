package dev.dockerlab.repl;

import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.check.HintChoice;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Hint;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.progress.LessonProgress;

import java.util.List;
import java.util.Optional;

/**
 * Judges the learner's work as they go: after each command the current
 * exercise's checks (and, through a {@link BreakWatch}, whether the command
 * undid an earlier exercise), the checklist as it stands when a step is shown
 * and on /check, and hints that fit the state the learner is in. An exercise
 * once done stays done.
 */
final class Coach {

    private final Session session;
    private final BreakWatch breaks = new BreakWatch();

    Coach(Session session) {
        this.session = session;
    }

    /**
     * After a command: judge the exercise, and say in one line where the learner stands.
     *
     * @param command the line the learner typed; empty for a solution run for them
     */
    void afterCommand(Optional<String> command) {
        Optional<Exercise> current = session.exercise();
        if (current.isEmpty()) {
            return;
        }
        Lab lab = session.lab();
        LessonProgress progress = session.lessonProgress();
        Exercise exercise = current.get();
        try (Evaluation evaluation = lab.evaluation(session.variables(), progress.typed(exercise.number()), session.start(exercise))) {
            Judgement judgement = evaluation.judge(exercise.checks());
            String checks = "checks " + judgement.passing() + "/" + judgement.total();
            boolean done = judgement.allPass();
            boolean wasDone = progress.isCompleted(exercise.number());
            session.events.judged(session.place(), judgement, command);
            if (done && !wasDone) {
                progress.complete(exercise.number(), session.now());
                session.save();
                session.events.done(session.place(), judgement);
                session.screen.ok("✔ Exercise " + exercise.number() + " done: all " + Words.count(judgement.total(), "check")
                        + " pass. " + whatNext());
            } else if (wasDone) {
                session.screen.faint(checks + (done ? " (done)" : " · the exercise stays done; /check shows what changed"));
            } else {
                session.screen.faint(checks + " · /check shows which");
            }
        }
        // A new evaluation: the read helpers of the last one are gone before earlier command checks run.
        try (Evaluation evaluation = lab.evaluation(session.variables(), List.of(), session.start(exercise))) {
            breaks.afterCommand(evaluation, session.lesson(), exercise, progress, session.screen.width())
                    .ifPresent(session.screen::warn);
        }
    }

    /**
     * Records what exists as the exercise's start, the first time the learner
     * is in it with its setup run: identity checks compare with it, also
     * after a restart of dockerlab. An exercise whose setup has not run yet
     * has no start.
     */
    void recordStart(Exercise exercise) {
        LessonProgress progress = session.lessonProgress();
        boolean setUp = exercise.setup() == null || progress.setupDone(exercise.number());
        if (!setUp || progress.start(exercise.number()).isPresent()) {
            return;
        }
        try (Evaluation evaluation = session.lab().evaluation(session.variables(), List.of())) {
            progress.recordStart(exercise.number(), evaluation.record());
        }
        session.save();
    }

    private String whatNext() {
        boolean lastStep = session.step().number() == session.lesson().steps().size();
        return lastStep ? "That completes the lesson: /next for the next one." : "/next goes on.";
    }

    /**
     * The current exercise's checklist as it stands, for showing the step (a
     * done exercise, a resumed session), and the baseline for break notes.
     * Without Docker the boxes stay unjudged and the learner is told why.
     */
    Judgement standing(Exercise exercise) {
        try {
            Lab lab = session.lab();
            Judgement judgement;
            try (Evaluation evaluation = lab.evaluation(session.variables(), session.lessonProgress().typed(exercise.number()),
                    session.start(exercise))) {
                judgement = evaluation.judge(exercise.checks());
            }
            session.events.judged(session.place(), judgement, Optional.empty());
            try (Evaluation evaluation = lab.evaluation(session.variables(), List.of(), session.start(exercise))) {
                breaks.baseline(evaluation, session.lesson(), exercise, session.lessonProgress());
            }
            return judgement;
        } catch (RuntimeException failure) {
            session.screen.warn("The checks are not judged yet: " + DockerTrouble.sentence(failure).orElseThrow(() -> failure));
        }
        return Judgement.unjudged(exercise.checks());
    }

    /** /check: the full checklist with what was observed for each line that does not hold. */
    boolean checklist() {
        Optional<Exercise> current = session.exercise();
        if (current.isEmpty()) {
            session.screen.warn("This step is reading only; the next exercise is further on (/next).");
            return false;
        }
        Exercise exercise = current.get();
        Lab lab = session.lab();
        Judgement judgement;
        try (Evaluation evaluation = lab.evaluation(session.variables(), session.lessonProgress().typed(exercise.number()),
                    session.start(exercise))) {
            judgement = evaluation.judge(exercise.checks());
        }
        session.events.judged(session.place(), judgement, Optional.empty());
        session.screen.lines(session.renderer().checklist(judgement).lines());
        session.screen.faint(judgement.passing() + " of " + Words.count(judgement.total(), "check") + " "
                + (judgement.total() == 1 ? "passes." : "pass."));
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
        Optional<HintChoice.Chosen> chosen = HintChoice.choose(exercise.hints(), () -> progress.nextPlainHint(exercise.number()),
                () -> session.lab().evaluation(session.variables(), progress.typed(exercise.number()), session.start(exercise)));
        if (chosen.isEmpty()) {
            session.screen.faint("No more hints for this exercise; /solution shows one way to solve it.");
            return true;
        }
        showHint(chosen.get().hint(), progress, exercise);
        if (chosen.get().lastPlain()) {
            session.screen.faint("(that was the last hint; /solution shows a solution)");
        }
        return true;
    }

    private void showHint(Hint hint, LessonProgress progress, Exercise exercise) {
        progress.useHint(exercise.number());
        session.save();
        session.events.hint(session.place());
        session.screen.lines(session.renderer().render("**Hint:** " + hint.text()).lines());
    }
}
