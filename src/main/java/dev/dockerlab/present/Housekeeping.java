package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.Variables;
import dev.dockerlab.run.LessonRun;
import dev.dockerlab.shell.ShellResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lesson's objects around a presentation, as verify handles them: the
 * declared objects are removed before (never one dockerlab did not make,
 * unless forced), each one that appears is recorded as dockerlab's, an
 * exercise's setup runs when its step is reached, and at the end the lesson's
 * cleanup runs and its objects are removed again. This class says so on the stage.
 */
final class Housekeeping {

    private final Lesson lesson;
    private final LessonRun run;
    private final boolean force;

    Housekeeping(Lab lab, Lesson lesson, Variables variables, boolean force) {
        this.lesson = lesson;
        this.run = LessonRun.of(lab, lesson, variables);
        this.force = force;
    }

    /** Clears the stage; false, saying why, when a declared object may be the presenter's own or stays. */
    boolean clear(Stage stage) {
        LessonRun.Outcome cleared = run.clear(force);
        if (cleared.wasRefused()) {
            stage.problem("Not presenting: " + LessonObjects.names(cleared.refused())
                    + " existed before dockerlab ran this lesson; it may be yours.");
            stage.note("Remove it yourself, or run `dockerlab present " + lesson.id() + " --force` to let dockerlab remove it.");
            return false;
        }
        LessonObjects.Removal removal = cleared.removal();
        if (!removal.removed().isEmpty()) {
            stage.note("Cleared from an earlier run: " + String.join(", ", removal.removed()) + ".");
        }
        removal.failures().forEach(failure -> stage.problem("Not removed: " + failure));
        return removal.failures().isEmpty();
    }

    /** Every declared object that exists now was made by the presentation. */
    void recordAppeared() {
        run.recordAppeared();
    }

    /** Runs the exercise's setup; what failed, to be said once the step's page is up. */
    Optional<ShellResult> setup(Exercise exercise) {
        if (exercise.setup() == null) {
            return Optional.empty();
        }
        ShellResult setup = run.setup(exercise);
        return setup.succeeded() ? Optional.empty() : Optional.of(setup);
    }

    void reportSetup(ShellResult failed, Stage stage) {
        stage.problem("The exercise's setup " + failed.ending() + ":");
        failed.lastLines(5).forEach(line -> stage.note("  " + line));
    }

    /** The lesson's cleanup, then removal of what it declares; true when nothing is left. */
    boolean finish(Stage stage) {
        LessonRun.Outcome finished = run.finish(cleanup -> stage.problem("The lesson's cleanup " + LessonRun.inOneLine(cleanup)));
        List<String> done = new ArrayList<>();
        if (!lesson.cleanup().isEmpty()) {
            done.add("the lesson's cleanup ran");
        }
        if (!finished.removal().removed().isEmpty()) {
            done.add("removed " + String.join(", ", finished.removal().removed()));
        }
        stage.note("Cleaned up" + (done.isEmpty() ? ": nothing was left." : ": " + String.join("; ", done) + "."));
        finished.removal().failures().forEach(failure -> stage.problem("Not removed: " + failure));
        return finished.clean();
    }
}
