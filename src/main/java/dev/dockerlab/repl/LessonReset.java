package dev.dockerlab.repl;

import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.run.LessonRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * /reset: removes what the lesson made (its cleanup, then its declared
 * objects and paths) and forgets the learner's progress in it. What is lost
 * cannot be had back, so it says what goes and asks first, objects that may
 * be the learner's own included; --force is the answer given in advance.
 */
final class LessonReset {

    private final Session session;
    private final Claims claims;
    private final Navigator navigator;
    private final BooleanSupplier confirm;

    LessonReset(Session session, Claims claims, Navigator navigator, BooleanSupplier confirm) {
        this.session = session;
        this.claims = claims;
        this.navigator = navigator;
        this.confirm = confirm;
    }

    /** Asks first (unless --force), saying what goes: the lesson's objects, and the record of what was done. */
    boolean run(String arguments) {
        boolean force = arguments.strip().equals("--force");
        LessonRun run = claims.run();
        if (!force) {
            List<LessonObjects.Present> foreign = run.foreign();
            if (!foreign.isEmpty()) {
                session.screen.warn(LessonObjects.names(foreign)
                        + " existed before you started this lesson (or was made outside dockerlab): it may be yours.");
            }
            session.screen.say("/reset starts " + session.lesson().id() + " afresh. " + whatResetLoses(run.present()));
            session.screen.say("Reset " + session.lesson().id() + "? [y/N]");
            if (!confirm.getAsBoolean()) {
                session.screen.say("Nothing was removed.");
                return false;
            }
        }
        LessonObjects.Removal removal = run.reset(true, LessonRun.Listener.SILENT).removal();
        removal.removed().forEach(removed -> session.screen.faint("removed " + removed));
        removal.failures().forEach(failure -> session.screen.error("not removed: " + failure));
        session.progress().forget(session.lesson().id());
        session.save();
        session.screen.ok("Lesson " + session.lesson().id() + " starts afresh.");
        navigator.open(session.lesson(), 1);
        return removal.clean();
    }

    private String whatResetLoses(List<LessonObjects.Present> present) {
        LessonProgress progress = session.lessonProgress();
        List<String> things = new ArrayList<>(present.stream().map(LessonObjects.Present::describe).toList());
        Path lab = session.settings.labDir();
        List<String> paths = session.lesson().resources().paths().stream().filter(path -> Files.exists(lab.resolve(path))).toList();
        if (!paths.isEmpty()) {
            things.add(String.join(", ", paths) + " in " + lab);
        }
        String removes = things.isEmpty() ? "Nothing of it is in Docker or " + lab + " now"
                : "It removes " + String.join(", ", things);
        List<String> forgets = new ArrayList<>();
        Set<Integer> completed = progress.completed();
        if (!completed.isEmpty()) {
            forgets.add("that you did " + (completed.size() == 1 ? "exercise " : "exercises ")
                    + completed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (progress.totalHints() > 0) {
            forgets.add(Words.count(progress.totalHints(), "hint") + " used");
        }
        if (progress.secondsSpent() >= 60) {
            forgets.add(Math.round(progress.secondsSpent() / 60.0) + " min spent");
        }
        return removes + (forgets.isEmpty() ? "." : ", and forgets " + String.join(", ", forgets) + ".");
    }
}
