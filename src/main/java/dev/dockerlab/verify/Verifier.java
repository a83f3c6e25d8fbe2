package dev.dockerlab.verify;

import dev.dockerlab.check.Evaluation;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.lesson.Attempt;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.run.LessonGuard;
import dev.dockerlab.run.LessonRun;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The verification protocol of LESSON-FORMAT.md: remove the lesson's objects;
 * for each exercise run setup, require a failing check, run the solution,
 * require every check to pass; then prove each exercise's alternative and
 * mistake blocks; finally run cleanup and remove the objects, also after a
 * failure. Objects are recorded as dockerlab's as they appear.
 * Each lesson is held while it is proved ({@link LessonGuard}): another run
 * of it on the same daemon is waited for or named, never run across.
 */
public final class Verifier {

    private final DockerConnection docker;
    private final StorageDriver storage;
    private final Ownership ledger;
    private final boolean force;
    private final boolean hostMayRead;
    private final LessonGuard guard;
    private final boolean failFast;
    private final Listener listener;
    private final Function<Lesson, Map<String, String>> environment;

    /** Hears a lesson's verification as it goes: its exercises as each is judged, and why it waits. */
    public interface Listener {

        void exercise(ExerciseResult result);

        /** "waiting for verify (pid 4711 ...) to finish this lesson": a sentence for the console. */
        void notice(String sentence);
    }

    /**
     * @param failFast stop at the first failure: the blocks not yet proven are
     *                 reported not run
     */
    public Verifier(DockerConnection docker, StorageDriver storage, Ownership ledger, boolean force, boolean hostMayRead,
                    LessonGuard guard, boolean failFast, Listener listener,
                    Function<Lesson, Map<String, String>> environment) {
        this.guard = guard;
        this.environment = environment;
        this.docker = docker;
        this.storage = storage;
        this.ledger = ledger;
        this.force = force;
        this.hostMayRead = hostMayRead;
        this.failFast = failFast;
        this.listener = listener;
    }

    /** {@code variables} must be those the lesson was loaded with. */
    public LessonResult verify(Lesson lesson, Variables loadedWith) {
        long started = System.nanoTime();
        Variables variables = loadedWith.withToken(Variables.freshToken());
        List<ExerciseResult> results = new ArrayList<>();
        String required = lesson.requires().storageDriver();
        if (required != null && !required.equals(storage.requirementName())) {
            for (Exercise exercise : lesson.exercises()) {
                report(lesson, results, result(lesson, exercise, ExerciseResult.Status.NOT_APPLICABLE,
                        List.of("not applicable: the lesson needs storage driver " + required + ", and the daemon uses "
                                + storage.describe()), Duration.ZERO));
            }
            return new LessonResult(lesson.id(), lesson.title(), results, List.of(), since(started));
        }
        try (LessonGuard.Entry entry = guard.enter(lesson.id(), listener::notice)) {
            if (entry.refusal().isPresent()) {
                notRun(lesson, results, entry.refusal().get());
                return new LessonResult(lesson.id(), lesson.title(), results, List.of(), since(started));
            }
            return prove(lesson, variables, results, started);
        }
    }

    /** The protocol itself, with the lesson held. */
    private LessonResult prove(Lesson lesson, Variables variables, List<ExerciseResult> results, long started) {
        Map<String, String> guarded = environment.apply(lesson);
        LessonRun run = new LessonRun(docker, ledger, lesson, variables, java.util.Set.of(), guarded);
        LessonRun.Outcome cleared = run.clear(force);
        if (cleared.wasRefused()) {
            List<LessonObjects.Present> foreign = cleared.refused();
            String names = LessonObjects.names(foreign);
            String refusal = names + (foreign.size() == 1 ? " already exists" : " already exist")
                    + " and dockerlab did not make " + (foreign.size() == 1 ? "it; it may be yours." : "them; they may be yours.")
                    + " Remove " + (foreign.size() == 1 ? "it" : "them") + " yourself, or run verify with --force.";
            notRun(lesson, results, refusal);
            return new LessonResult(lesson.id(), lesson.title(), results, List.of(), since(started));
        }
        Shell shell = new Shell(variables, docker, guarded);
        List<String> cleanupProblems = new ArrayList<>(cleared.removal().failures());
        boolean daemonAway = false;
        try {
            boolean failedBefore = false;
            List<ExerciseResult> solved = new ArrayList<>();
            for (Exercise exercise : lesson.exercises()) {
                if (failedBefore) {
                    solved.add(result(lesson, exercise, ExerciseResult.Status.NOT_RUN,
                            List.of("not run: an earlier exercise of this lesson failed"), Duration.ZERO));
                    continue;
                }
                ExerciseResult result = exercise(lesson, exercise, shell, run);
                solved.add(result);
                failedBefore = !result.ok();
                reportWhileNoBlocksWait(lesson, solved, results);
            }
            proveBlocks(lesson, solved, results, new BlockProof(docker, hostMayRead, force, lesson, run, shell));
        } catch (DockerUnavailable away) {
            // Nothing is cleaned up without a daemon; each step would wait on it again, and its sentence hide this one.
            daemonAway = true;
            throw away;
        } finally {
            if (!daemonAway) {
                LessonRun.Outcome finished = run.finish(cleanup -> cleanupProblems.add(scriptFailure("cleanup", cleanup)));
                cleanupProblems.addAll(finished.removal().failures());
            }
        }
        return new LessonResult(lesson.id(), lesson.title(), results, cleanupProblems, since(started));
    }

    /** Every exercise not run: the first says why. */
    private void notRun(Lesson lesson, List<ExerciseResult> results, String why) {
        for (Exercise exercise : lesson.exercises()) {
            report(lesson, results, result(lesson, exercise, ExerciseResult.Status.NOT_RUN,
                    List.of(results.isEmpty() ? why : "not run"), Duration.ZERO));
        }
    }

    private ExerciseResult exercise(Lesson lesson, Exercise exercise, Shell shell, LessonRun run) {
        long started = System.nanoTime();
        if (exercise.solution() == null) {
            return result(lesson, exercise, ExerciseResult.Status.FAILED, List.of("the exercise has no solution block"),
                    since(started));
        }
        if (exercise.setup() != null) {
            ShellResult setup = run.setup(exercise);
            if (!setup.succeeded()) {
                return result(lesson, exercise, ExerciseResult.Status.FAILED,
                        List.of("the setup script " + ScriptFailure.ending(setup, lesson.file(), exercise.setup())),
                        since(started));
            }
        }
        StartState start = recordStart(shell);
        if (everyCheckHolds(exercise, shell, start)) {
            List<String> details = new ArrayList<>();
            details.add("vacuous check: every check already passes before the solution runs, so it proves nothing:");
            exercise.checks().forEach(check -> details.add("  " + lesson.file() + ":" + check.line() + ": " + check.sentence()));
            return result(lesson, exercise, ExerciseResult.Status.FAILED, details, since(started));
        }
        ShellResult solution = run.solution(exercise);
        if (!solution.succeeded()) {
            return result(lesson, exercise, ExerciseResult.Status.FAILED,
                    List.of("the solution script " + ScriptFailure.ending(solution, lesson.file(), exercise.solution())),
                    since(started));
        }
        List<String> typed = exercise.solution().body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Judgement after = judge(exercise, shell, typed, start);
        return new ExerciseResult(lesson.id(), exercise.number(), exercise.title(),
                after.allPass() ? ExerciseResult.Status.PASSED : ExerciseResult.Status.FAILED, List.of(), after, since(started));
    }

    /**
     * Reports the exercises judged so far, in order, up to the first whose
     * blocks are still to be proven, so a lesson without blocks is reported
     * as it goes.
     */
    private void reportWhileNoBlocksWait(Lesson lesson, List<ExerciseResult> solved, List<ExerciseResult> results) {
        while (results.size() < solved.size() && !hasBlocksToProve(lesson, solved.get(results.size()))) {
            report(lesson, results, solved.get(results.size()));
        }
    }

    private static boolean hasBlocksToProve(Lesson lesson, ExerciseResult result) {
        return result.solutionOk() && !lesson.exercises().get(result.number() - 1).attempts().isEmpty();
    }

    /**
     * The alternative and mistake blocks of every exercise whose solution
     * passed, after the solutions: each block resets the lesson and replays
     * it to the exercise's start, so running them last costs no replay to
     * carry on with the next exercise. Each exercise not yet reported is
     * reported once its blocks are proven.
     */
    private void proveBlocks(Lesson lesson, List<ExerciseResult> solved, List<ExerciseResult> results, BlockProof proof) {
        boolean stopped = failFast && solved.stream().anyMatch(result -> !result.ok());
        for (ExerciseResult result : solved.subList(results.size(), solved.size())) {
            if (!hasBlocksToProve(lesson, result)) {
                report(lesson, results, result);
                continue;
            }
            Exercise exercise = lesson.exercises().get(result.number() - 1);
            long started = System.nanoTime();
            List<BlockResult> blocks = new ArrayList<>();
            for (Attempt attempt : exercise.attempts()) {
                BlockResult block = stopped ? proof.notRun(attempt, "--fail-fast stopped at an earlier failure")
                        : proof.prove(exercise, attempt);
                blocks.add(block);
                stopped = stopped || failFast && !block.ok();
            }
            report(lesson, results, result.withBlocks(blocks, since(started)));
        }
    }

    /**
     * Before the solution one failing check is all the protocol needs to see, so
     * the checks are judged in order and the first that does not hold ends it.
     */
    private boolean everyCheckHolds(Exercise exercise, Shell shell, StartState start) {
        try (Evaluation evaluation = new Evaluation(docker, shell, shell.image(), hostMayRead, List.of(), start)) {
            return evaluation.allHold(exercise.checks().stream().map(CheckLine::assertion).toList());
        }
    }

    /** What exists after setup: the start the identity checks compare with. */
    private StartState recordStart(Shell shell) {
        try (Evaluation evaluation = new Evaluation(docker, shell, shell.image(), hostMayRead, List.of())) {
            return evaluation.record();
        }
    }

    private Judgement judge(Exercise exercise, Shell shell, List<String> typed, StartState start) {
        try (Evaluation evaluation = new Evaluation(docker, shell, shell.image(), hostMayRead, typed, start)) {
            return evaluation.judge(exercise.checks());
        }
    }

    private static String scriptFailure(String role, ShellResult ran) {
        return "the " + role + " script " + ScriptFailure.ending(ran);
    }

    private void report(Lesson lesson, List<ExerciseResult> results, ExerciseResult result) {
        ExerciseResult complete = withEveryBlock(lesson, result);
        results.add(complete);
        listener.exercise(complete);
    }

    /**
     * The result with every alternative and mistake block of its exercise,
     * those not proven as not run, so that the reports hold the same cases
     * whatever became of the solution.
     */
    private static ExerciseResult withEveryBlock(Lesson lesson, ExerciseResult result) {
        List<Attempt> attempts = lesson.exercises().get(result.number() - 1).attempts();
        if (result.blocks().size() == attempts.size()) {
            return result;
        }
        String reason = switch (result.status()) {
            case FAILED -> "the solution failed";
            case NOT_APPLICABLE -> "the lesson does not apply to this daemon";
            case NOT_RUN, PASSED -> "the exercise was not run";
        };
        List<BlockResult> blocks = attempts.stream().map(attempt -> BlockResult.notRun(lesson, attempt, reason)).toList();
        return result.withBlocks(blocks, Duration.ZERO);
    }

    private static ExerciseResult result(Lesson lesson, Exercise exercise, ExerciseResult.Status status, List<String> details,
                                         Duration took) {
        return new ExerciseResult(lesson.id(), exercise.number(), exercise.title(), status, details, took);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
