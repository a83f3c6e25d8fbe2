package dev.dockerlab.verify;

import dev.dockerlab.check.Evaluation;
import dev.dockerlab.check.HintChoice;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.lesson.Attempt;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.run.LessonRun;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proves an exercise's alternative and mistake blocks (LESSON-FORMAT.md,
 * "Extensions"): each runs from the state the solution started from, reached
 * as verify reached it (the lesson reset, then every earlier exercise's setup
 * and solution, then this one's setup). An alternative must pass every check;
 * a mistake must fail one, the one its {@code fails=} names, and leave the
 * learner in a state where {@code /hint} gives the hint its {@code hint=} names.
 */
final class BlockProof {

    private final DockerConnection docker;
    private final boolean hostMayRead;
    private final boolean force;
    private final Lesson lesson;
    private final LessonRun run;
    private final Shell shell;

    BlockProof(DockerConnection docker, boolean hostMayRead, boolean force, Lesson lesson, LessonRun run, Shell shell) {
        this.docker = docker;
        this.hostMayRead = hostMayRead;
        this.force = force;
        this.lesson = lesson;
        this.run = run;
        this.shell = shell;
    }

    BlockResult prove(Exercise exercise, Attempt attempt) {
        long started = System.nanoTime();
        Optional<String> unreached = backToStart(exercise);
        if (unreached.isPresent()) {
            return failed(attempt, started, "could not bring the lesson back to where exercise " + exercise.number()
                    + " starts, to run the " + attempt.describe() + ": " + unreached.get());
        }
        StartState start;
        try (Evaluation evaluation = evaluation(List.of(), StartState.UNRECORDED)) {
            start = evaluation.record();
        }
        ShellResult ran = run.attempt(attempt);
        if (!ran.succeeded()) {
            return failed(attempt, started, "the " + attempt.describe() + " stopped: its script "
                    + ScriptFailure.ending(ran, lesson.file(), attempt.script())
                    + "\n(a command meant to fail is written 'cmd || true')");
        }
        List<String> typed = attempt.script().body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Judgement after;
        try (Evaluation evaluation = evaluation(typed, start)) {
            after = evaluation.judge(exercise.checks());
        }
        Optional<String> wrong = attempt.kind() == Attempt.Kind.ALTERNATIVE
                ? alternativeProblem(attempt, after) : mistakeProblem(exercise, attempt, after, typed, start);
        return wrong.map(problem -> failed(attempt, started, problem))
                .orElseGet(() -> result(attempt, ExerciseResult.Status.PASSED, List.of(), started));
    }

    BlockResult notRun(Attempt attempt, String reason) {
        return BlockResult.notRun(lesson, attempt, reason);
    }

    /** Empty when the lesson stands where the exercise's solution started from; else what went wrong. */
    private Optional<String> backToStart(Exercise exercise) {
        LessonRun.Outcome reset = run.reset(force, LessonRun.Listener.SILENT);
        if (reset.wasRefused()) {
            return Optional.of(LessonObjects.names(reset.refused())
                    + " appeared, and dockerlab did not make it");
        }
        if (!reset.removal().clean()) {
            return Optional.of("the lesson's objects were not all removed: " + String.join("; ", reset.removal().failures()));
        }
        for (Exercise earlier : lesson.exercises()) {
            if (earlier.number() == exercise.number()) {
                break;
            }
            Optional<String> failed = script("setup of exercise " + earlier.number(), earlier.setup(), run::setup, earlier)
                    .or(() -> script("solution of exercise " + earlier.number(), earlier.solution(), run::solution, earlier));
            if (failed.isPresent()) {
                return failed;
            }
        }
        return script("setup", exercise.setup(), run::setup, exercise);
    }

    private Optional<String> script(String role, Script script, Function<Exercise, ShellResult> runner,
                                           Exercise exercise) {
        if (script == null) {
            return Optional.empty();
        }
        ShellResult ran = runner.apply(exercise);
        return ran.succeeded() ? Optional.empty() : Optional.of("the " + role + " " + ScriptFailure.ending(ran, lesson.file(), script));
    }

    private static Optional<String> alternativeProblem(Attempt attempt, Judgement after) {
        if (after.allPass()) {
            return Optional.empty();
        }
        List<Judged> failing = after.failing();
        return Optional.of("the " + attempt.describe() + " fails " + failing.size() + " of " + after.total()
                + " checks: the checks reject another valid way" + lines(failing));
    }

    private Optional<String> mistakeProblem(Exercise exercise, Attempt attempt, Judgement after, List<String> typed,
                                            StartState start) {
        List<Judged> caught = after.lines().stream()
                .filter(line -> line.verdict().map(verdict -> verdict.status() == Verdict.Status.FAILED).orElse(false))
                .toList();
        if (caught.isEmpty()) {
            List<Judged> unknown = after.failing();
            return Optional.of(unknown.isEmpty()
                    ? "the " + attempt.describe() + " passes every check: the checks do not tell it from the solution"
                    : "after the " + attempt.describe() + " no check fails, and some could not look" + lines(unknown));
        }
        if (attempt.fails().isPresent()) {
            String text = attempt.fails().get();
            boolean named = caught.stream().anyMatch(line -> line.check().source().contains(text)
                    || line.check().assertion().sentence().contains(text));
            if (!named) {
                return Optional.of("the " + attempt.describe() + " is caught, but by no check with \"" + text
                        + "\" (fails=); the checks that fail" + lines(caught));
            }
        }
        if (attempt.hint().isPresent()) {
            String text = attempt.hint().get();
            Optional<HintChoice.Chosen> given = HintChoice.choose(exercise.hints(), () -> 0, () -> evaluation(typed, start));
            if (given.isEmpty()) {
                return Optional.of("after the " + attempt.describe() + ", /hint gives no hint, and hint= names \"" + text + "\"");
            }
            String hint = given.get().hint().text();
            if (!hint.contains(text)) {
                return Optional.of("after the " + attempt.describe() + ", /hint gives the hint at line "
                        + given.get().hint().line() + ", without \"" + text + "\" (hint=): \"" + hint + "\"");
            }
        }
        return Optional.empty();
    }

    /** Judged against the start recorded after the setup, as the solution's checks are (identity, restart order). */
    private Evaluation evaluation(List<String> typed, StartState start) {
        return new Evaluation(docker, shell, shell.image(), hostMayRead, typed, start);
    }

    private static String lines(List<Judged> judged) {
        StringBuilder text = new StringBuilder(":");
        for (Judged line : judged) {
            text.append("\n  line ").append(line.check().line()).append(": ").append(line.check().assertion().sentence())
                    .append("\n        observed: ").append(line.verdict().orElseThrow().observed());
        }
        return text.toString();
    }

    private BlockResult failed(Attempt attempt, long started, String problem) {
        return result(attempt, ExerciseResult.Status.FAILED, List.of(problem + "\n  at " + where(attempt)), started);
    }

    private BlockResult result(Attempt attempt, ExerciseResult.Status status, List<String> problems, long started) {
        return new BlockResult(attempt.kind(), attempt.title(), where(attempt), status, problems,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private String where(Attempt attempt) {
        return lesson.file() + ":" + attempt.line();
    }
}
