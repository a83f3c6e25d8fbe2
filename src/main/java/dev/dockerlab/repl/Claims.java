package dev.dockerlab.repl;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.progress.LessonProgress;

import java.util.List;

/**
 * Which of the current lesson's declared objects are dockerlab's to touch.
 * Before the first command of a lesson runs, the declared objects that exist
 * already are noted: they may be the learner's own. After every command,
 * /run, solution and setup, what appeared is recorded as dockerlab's at once,
 * so a killed REPL still knows it.
 */
final class Claims {

    private final Session session;

    Claims(Session session) {
        this.session = session;
    }

    void ensureStarted() {
        LessonProgress progress = session.lessonProgress();
        if (progress.started) {
            return;
        }
        objects().foreign().forEach(object -> progress.foreignAtStart.add(object.identity()));
        progress.started = true;
        session.save();
    }

    void recordAppeared() {
        ensureStarted();
        objects().recordAppeared(session.lessonProgress().foreignAtStart);
    }

    /** Declared objects that exist and that dockerlab did not see appear: a script must not touch them. */
    List<LessonObjects.Present> notOurs() {
        ensureStarted();
        return objects().foreign();
    }

    private LessonObjects objects() {
        Lab lab = session.lab.get(session.screen);
        return new LessonObjects(lab.docker(), lab.ownership(), session.lesson().resources(), session.settings.labDir());
    }
}
