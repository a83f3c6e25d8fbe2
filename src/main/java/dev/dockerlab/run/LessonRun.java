package dev.dockerlab.run;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.LessonObjects.Present;
import dev.dockerlab.docker.LessonObjects.Removal;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.docker.ObjectKind;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.lesson.Attempt;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Resources;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lesson run against the daemon, the one way reset, the REPL, present and
 * verify all go through: clear what the lesson declares (never an object
 * dockerlab did not make, unless forced), run an exercise's setup or solution
 * and claim what appeared as dockerlab's, and finish with the lesson's cleanup
 * and the removal of what it declares. Each front end says what happened in
 * its own words: a {@link Listener} hears a cleanup script fail as it fails,
 * and each operation returns how it ended.
 */
public final class LessonRun {

    /** Hears what happens while an operation goes on. */
    @FunctionalInterface
    public interface Listener {

        /** Says nothing: a front end that reports only how the operation ended. */
        Listener SILENT = ran -> {
        };

        /** A cleanup script of the lesson ended badly; the run goes on to remove the objects. */
        void cleanupFailed(ShellResult ran);
    }

    /**
     * How clearing, resetting or finishing ended: refused (nothing was run or
     * removed, for the objects named may be someone's own), or whether every
     * cleanup script succeeded and what the removal did.
     */
    public record Outcome(List<Present> refused, boolean scriptsSucceeded, Removal removal) {

        public Outcome {
            refused = List.copyOf(refused);
        }

        private static Outcome refusing(List<Present> foreign) {
            return new Outcome(foreign, true, new Removal(List.of(), List.of(), List.of()));
        }

        private static Outcome ran(boolean scriptsSucceeded, Removal removal) {
            return new Outcome(List.of(), scriptsSucceeded, removal);
        }

        public boolean wasRefused() {
            return !refused.isEmpty();
        }

        /** Nothing refused, every script succeeded, and nothing declared is left. */
        public boolean clean() {
            return !wasRefused() && scriptsSucceeded && removal.clean();
        }
    }

    private final LessonObjects objects;
    private final List<Script> cleanup;
    private final Shell shell;
    private final Set<String> foreignAtStart;

    /**
     * @param foreignAtStart the identities of declared objects that existed, not
     *                       dockerlab's, before the learner started the lesson:
     *                       they are never claimed, however often they are seen
     */
    public LessonRun(DockerConnection docker, Ownership ledger, Lesson lesson, Variables variables, Set<String> foreignAtStart) {
        this.objects = objects(docker, ledger, lesson.resources(), Path.of(variables.lab()));
        this.cleanup = lesson.cleanup();
        this.shell = new Shell(variables);
        this.foreignAtStart = Set.copyOf(foreignAtStart);
    }

    /** A run that clears the stage first, so every declared object that appears is its own (verify, present, reset). */
    public LessonRun(DockerConnection docker, Ownership ledger, Lesson lesson, Variables variables) {
        this(docker, ledger, lesson, variables, Set.of());
    }

    public static LessonRun of(Lab lab, Lesson lesson, Variables variables) {
        return new LessonRun(lab.docker(), lab.ownership(), lesson, variables);
    }

    /** The lesson's declaration as the docker layer takes it: names by kind, and paths under ${LAB}. */
    private static LessonObjects objects(DockerConnection docker, Ownership ledger, Resources declared, Path labDir) {
        Map<ObjectKind, List<String>> names = Map.of(ObjectKind.CONTAINER, declared.containers(),
                ObjectKind.VOLUME, declared.volumes(), ObjectKind.IMAGE, declared.images());
        return new LessonObjects(docker, ledger, names, declared.paths(), labDir);
    }

    /** The declared objects that exist now. */
    public List<Present> present() {
        return objects.present();
    }

    /** Declared objects that exist and that dockerlab did not make: perhaps someone's own. */
    public List<Present> foreign() {
        return objects.foreign();
    }

    /**
     * Removes what an earlier run left: the declared objects and paths. Refused,
     * touching nothing, while a declared object exists that dockerlab did not
     * make, unless forced.
     */
    public Outcome clear(boolean force) {
        List<Present> foreign = objects.foreign();
        if (!force && !foreign.isEmpty()) {
            return Outcome.refusing(foreign);
        }
        return Outcome.ran(true, objects.remove(force));
    }

    /** The lesson's cleanup, then the removal of the declared objects and paths; refused as {@link #clear} is. */
    public Outcome reset(boolean force, Listener listener) {
        List<Present> foreign = objects.foreign();
        if (!force && !foreign.isEmpty()) {
            return Outcome.refusing(foreign);
        }
        boolean scriptsSucceeded = runCleanup(listener);
        return Outcome.ran(scriptsSucceeded, objects.remove(force));
    }

    /**
     * The end of a run, also after a failure: the lesson's cleanup, then what
     * appeared is claimed and every declared object dockerlab made is removed.
     */
    public Outcome finish(Listener listener) {
        boolean scriptsSucceeded = runCleanup(listener);
        recordAppeared();
        return Outcome.ran(scriptsSucceeded, objects.remove(false));
    }

    /** Runs the exercise's setup, which it must have, and claims what appeared. */
    public ShellResult setup(Exercise exercise) {
        return runClaiming(exercise.setup());
    }

    /** Runs the exercise's solution, which it must have, and claims what appeared. */
    public ShellResult solution(Exercise exercise) {
        return runClaiming(exercise.solution());
    }

    /** Runs an exercise's alternative or mistake block and claims what appeared. */
    public ShellResult attempt(Attempt attempt) {
        return runClaiming(attempt.script());
    }

    /** Claims as dockerlab's every declared object that exists now, but those there before the learner started. */
    public void recordAppeared() {
        objects.recordAppeared(foreignAtStart);
    }

    /** How a script ended, on one line: "exited with status 1: its / last / lines". */
    public static String inOneLine(ShellResult ran) {
        return ran.ending(Shell.SCRIPT_LIMIT) + ": " + String.join(" / ", ran.lastLines(3));
    }

    private ShellResult runClaiming(Script script) {
        ShellResult ran = shell.script(script.body(), Shell.SCRIPT_LIMIT);
        recordAppeared();
        return ran;
    }

    private boolean runCleanup(Listener listener) {
        boolean succeeded = true;
        for (Script script : cleanup) {
            ShellResult ran = shell.script(script.body(), Shell.SCRIPT_LIMIT);
            if (!ran.succeeded()) {
                succeeded = false;
                listener.cleanupFailed(ran);
            }
        }
        return succeeded;
    }
}
