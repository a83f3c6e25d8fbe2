package dev.dockerlab.shell;

import java.time.Duration;
import java.util.List;

/** How a shell command or script ended: exit status, what it printed, whether it ran out of time. */
public record ShellResult(int status, String stdout, String stderr, boolean timedOut, Duration took) {

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

    /** One sentence about how it ended, e.g. "exited with status 1" or "ran out of its 60 s". */
    public String ending(Duration limit) {
        return timedOut ? "was stopped after " + limit.toSeconds() + " s" : "exited with status " + status;
    }
}
