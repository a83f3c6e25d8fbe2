package dev.dockerlab.repl;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.run.LessonPresence;
import dev.dockerlab.run.LessonRun;

import java.util.List;
import java.util.Optional;

/**
 * Which of the current lesson's declared objects are dockerlab's to touch.
 * Before the first command of a lesson runs, the declared objects that exist
 * already are noted: they may be the learner's own. After every command,
 * /run, solution and setup, what appeared is recorded as dockerlab's at once,
 * so a killed REPL still knows it.
 */
final class Claims {

    private final Session session;
    private final LessonPresence presence;

    Claims(Session session) {
        this.session = session;
        this.presence = new LessonPresence(StateDir.resolve(session.context.env(), session.context.home()));
    }

    void ensureStarted() {
        LessonProgress progress = session.lessonProgress();
        if (progress.started()) {
            return;
        }
        progress.start(run().foreign().stream().map(LessonObjects.Present::identity).toList());
        session.save();
    }

    void recordAppeared() {
        ensureStarted();
        run().recordAppeared();
    }

    /** Declared objects that exist and that dockerlab did not see appear: a script must not touch them. */
    List<LessonObjects.Present> notOurs() {
        ensureStarted();
        return run().foreign();
    }

    /**
     * The current lesson's run, which never claims what was there before the
     * learner started; refused while a verify of the lesson runs on the daemon.
     */
    LessonRun run() {
        Lab lab = session.lab();
        presence.enter(lab.docker(), session.lesson().id()).ifPresent(busy -> {
            throw new BadInput(busy);
        });
        return new LessonRun(lab.docker(), lab.ownership(), session.lesson(), session.variables(),
                session.lessonProgress().foreignAtStart(), lab.lessonEnvironment(session.lesson()));
    }

    /** Why the learner's commands must wait (a verify of the lesson runs), once the daemon is there to ask. */
    Optional<String> busy() {
        return session.connection().ifReady().flatMap(lab -> presence.enter(lab.docker(), session.lesson().id()));
    }

    /** The session ends: other runs may have the lesson. */
    void leave() {
        presence.close();
    }
}
