package dev.dockerlab.repl;

import dev.dockerlab.docker.DaemonFailures;
import dev.dockerlab.docker.DaemonUnavailableException;
import dev.dockerlab.bundle.BundleException;
import dev.dockerlab.docker.LabImageException;

/**
 * Runs a line the learner typed in their shell, remembers it (for typed checks,
 * /history and /save), then lets the coach judge the exercise.
 */
final class CommandRunner {

    private final Session session;
    private final Coach coach;
    private final Claims claims;

    CommandRunner(Session session, Coach coach, Claims claims) {
        this.session = session;
        this.coach = coach;
        this.claims = claims;
    }

    void run(String line) {
        session.exercise().ifPresent(exercise -> session.lessonProgress().addTyped(exercise.number(), line));
        session.save();
        boolean docker = withDocker(claims::ensureStarted);
        int status = session.shell.run(line, session.screen.interactive(), session.screen.out());
        if (status == 130) {
            session.screen.faint("(interrupted)");
        }
        if (docker && withDocker(claims::recordAppeared)) {
            withDocker(coach::afterCommand);
        }
    }

    /** The command runs with or without Docker; only judging it needs the daemon. */
    private boolean withDocker(Runnable action) {
        try {
            action.run();
            return true;
        } catch (LabImageException | BundleException noImage) {
            session.screen.warn("Cannot check the exercise: " + noImage.getMessage());
            return false;
        } catch (RuntimeException failure) {
            DaemonUnavailableException noDocker = DaemonFailures.asUnavailable(failure).orElseThrow(() -> failure);
            session.screen.warn("Cannot check the exercise: " + noDocker.getMessage());
            return false;
        }
    }
}
