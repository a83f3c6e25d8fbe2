package dev.dockerlab.repl;

import dev.dockerlab.failure.Failure;
import dev.dockerlab.failure.FailureReport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a line the learner typed in their shell, remembers it (for typed checks,
 * /history and /save), then lets the coach judge the exercise.
 */
final class CommandRunner {

    private static final Pattern CONTAINER_CLIENT = Pattern.compile("\\b(docker|podman)\\b");

    private final Session session;
    private final Coach coach;
    private final Claims claims;

    CommandRunner(Session session, Coach coach, Claims claims) {
        this.session = session;
        this.coach = coach;
        this.claims = claims;
    }

    void run(String line) {
        Optional<String> busy = claims.busy();
        if (busy.isPresent()) {
            session.screen.warn(busy.get());
            return;
        }
        session.exercise().ifPresent(exercise -> session.lessonProgress().addTyped(exercise.number(), line));
        session.save();
        boolean docker = withDocker(claims::ensureStarted);
        long started = System.currentTimeMillis() / 1000;
        int status = session.shell.run(line, session.screen.interactive(), session.screen.out());
        boolean interrupted = session.shell.wasInterrupted();
        if (status == 130 || interrupted) {
            session.screen.faint("(interrupted)");
        }
        // Only a line that ran a container client can have left a container behind it.
        if (interrupted && docker && CONTAINER_CLIENT.matcher(line).find()) {
            withDocker(() -> sayWhatStillRuns(started));
        }
        if (docker && withDocker(claims::recordAppeared)) {
            withDocker(() -> coach.afterCommand(Optional.of(line)));
        }
    }

    /**
     * Ctrl-C stops the docker client, not always its container (a main process
     * that ignores SIGINT keeps it running): one line says which go on, and how to stop them.
     */
    private void sayWhatStillRuns(long since) {
        List<String> running = session.lab().docker().client().listContainersCmd().exec().stream()
                .filter(container -> container.getCreated() != null && container.getCreated() >= since - 1)
                .map(container -> container.getNames()[0].replaceFirst("^/", ""))
                .sorted().toList();
        if (!running.isEmpty()) {
            String names = String.join(" ", running);
            session.screen.warn((running.size() == 1 ? "The container " + names + " still runs" : "The containers " + names + " still run")
                    + ": Ctrl-C stopped only the docker client. `docker stop " + names + "` stops "
                    + (running.size() == 1 ? "it." : "them."));
        }
    }

    /** The command runs with or without Docker; only judging it needs the daemon. */
    private boolean withDocker(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            Failure cannot = FailureReport.readable(failure).orElseThrow(() -> failure);
            session.screen.warn("Cannot check the exercise: " + cannot.getMessage());
            return false;
        }
    }
}
