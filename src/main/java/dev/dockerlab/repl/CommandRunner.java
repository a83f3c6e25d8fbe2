package dev.dockerlab.repl;

import dev.dockerlab.docker.DaemonUnavailableException;
import dev.dockerlab.docker.LabImageException;

/**
 * Runs a line the learner typed in their shell, remembers it (for typed checks,
 * /history and /save), then lets the coach judge the exercise.
 */
final class CommandRunner {

    private final Session session;
    private final Coach coach;

    CommandRunner(Session session, Coach coach) {
        this.session = session;
        this.coach = coach;
    }

    void run(String line) {
        session.exercise().ifPresent(exercise -> session.lessonProgress().addTyped(exercise.number(), line));
        session.save();
        int status = session.shell.run(line, session.screen.interactive(), session.screen.out());
        if (status == 130) {
            session.screen.faint("(interrupted)");
        }
        try {
            coach.afterCommand();
        } catch (DaemonUnavailableException | LabImageException noDocker) {
            session.screen.warn("Cannot check the exercise: " + noDocker.getMessage());
        }
    }
}
