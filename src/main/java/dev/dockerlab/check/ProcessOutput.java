package dev.dockerlab.check;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a process in a container wrote, read with a time limit.
 *
 * @param unfinished why the output was not read to its end ("took longer than 10 s"), or empty
 * @param exitStatus the process's exit status, asked only when needed: it costs the daemon a call
 */
public record ProcessOutput(String stdout, String stderr, Optional<String> unfinished, Supplier<Long> exitStatus) {

    public static ProcessOutput finished(String stdout, String stderr, Supplier<Long> exitStatus) {
        return new ProcessOutput(stdout, stderr, Optional.empty(), exitStatus);
    }

    public static ProcessOutput unfinished(String why) {
        return new ProcessOutput("", "", Optional.of(why), () -> null);
    }

    /** Both streams, stdout first. */
    public String text() {
        return stdout + stderr;
    }
}
