package dev.dockerlab.shell;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a process ended: exit status, what it printed, whether it ran out of
 * its time limit (and was killed with all it started), how long it took, and
 * for a script that failed under bash, the command it stopped at.
 */
public record ShellResult(int status, String stdout, String stderr, boolean timedOut, Duration took, Duration limit,
                          Optional<FailedCommand> stoppedAt) {

    /** A process that is not a script, or that bash did not trace. */
    public ShellResult(int status, String stdout, String stderr, boolean timedOut, Duration took, Duration limit) {
        this(status, stdout, stderr, timedOut, took, limit, Optional.empty());
    }

    public boolean succeeded() {
        return status == 0 && !timedOut;
    }

    /** stdout and stderr together, the way a terminal shows them. */
    public String output() {
        return stdout.isEmpty() ? stderr : stderr.isEmpty() ? stdout : stdout + stderr;
    }

    /** The last few lines of stderr (or stdout when stderr is empty), for a failure report. */
    public List<String> lastLines(int count) {
        List<String> lines = (stderr.isBlank() ? stdout : stderr).lines().filter(line -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    /** How it ended, to follow its name: "exited with status 1" or "did not finish within 300 s and was stopped". */
    public String ending() {
        return timedOut ? "did not finish within " + limit.toSeconds() + " s and was stopped" : "exited with status " + status;
    }
}
