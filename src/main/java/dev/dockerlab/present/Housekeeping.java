package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.lesson.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lesson's objects around a presentation, as verify handles them: the
 * declared objects are removed before (never one dockerlab did not make,
 * unless forced), each one that appears is recorded as dockerlab's, an
 * exercise's setup runs when its step is reached, and at the end the lesson's
 * cleanup runs and its objects are removed again.
 */
final class Housekeeping {

    private final Lesson lesson;
    private final LessonObjects objects;
    private final Shell scripts;
    private final boolean force;

    Housekeeping(Lab lab, Lesson lesson, Variables variables, boolean force) {
        this.lesson = lesson;
        this.objects = new LessonObjects(lab.docker(), lab.ownership(), lesson.resources(), Path.of(variables.lab()));
        this.scripts = new Shell(variables);
        this.force = force;
    }

    /** Clears the stage; false, saying why, when a declared object may be the presenter's own or stays. */
    boolean clear(Stage stage) {
        List<LessonObjects.Present> foreign = objects.foreign();
        if (!force && !foreign.isEmpty()) {
            stage.problem("Not presenting: " + LessonObjects.names(foreign)
                    + " existed before dockerlab ran this lesson; it may be yours.");
            stage.note("Remove it yourself, or run `dockerlab present " + lesson.id() + " --force` to let dockerlab remove it.");
            return false;
        }
        LessonObjects.Removal removal = objects.remove(force);
        if (!removal.removed().isEmpty()) {
            stage.note("Cleared from an earlier run: " + String.join(", ", removal.removed()) + ".");
        }
        removal.failures().forEach(failure -> stage.problem("Not removed: " + failure));
        return removal.failures().isEmpty();
    }

    /** Every declared object that exists now was made by the presentation. */
    void recordAppeared() {
        objects.recordAppeared(Set.of());
    }

    void setup(Exercise exercise, Stage stage) {
        if (exercise.setup() == null) {
            return;
        }
        ShellResult setup = scripts.script(exercise.setup().body(), Shell.SCRIPT_LIMIT);
        recordAppeared();
        if (!setup.succeeded()) {
            stage.problem("The exercise's setup " + setup.ending(Shell.SCRIPT_LIMIT) + ":");
            setup.lastLines(5).forEach(line -> stage.note("  " + line));
        }
    }

    /** The lesson's cleanup, then removal of what it declares; true when nothing is left. */
    boolean finish(Stage stage) {
        boolean clean = true;
        for (Script cleanup : lesson.cleanup()) {
            ShellResult ran = scripts.script(cleanup.body(), Shell.SCRIPT_LIMIT);
            if (!ran.succeeded()) {
                clean = false;
                stage.problem("The lesson's cleanup " + ran.ending(Shell.SCRIPT_LIMIT) + ": " + String.join(" / ", ran.lastLines(3)));
            }
        }
        recordAppeared();
        LessonObjects.Removal removal = objects.remove(false);
        List<String> done = new ArrayList<>();
        if (!lesson.cleanup().isEmpty()) {
            done.add("the lesson's cleanup ran");
        }
        if (!removal.removed().isEmpty()) {
            done.add("removed " + String.join(", ", removal.removed()));
        }
        stage.note("Cleaned up" + (done.isEmpty() ? ": nothing was left." : ": " + String.join("; ", done) + "."));
        removal.failures().forEach(failure -> stage.problem("Not removed: " + failure));
        return clean && removal.clean();
    }
}
