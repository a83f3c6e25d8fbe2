package dev.dockerlab.repl;

import dev.dockerlab.shell.Completeness;

/**
 * When the REPL waits for more of a command before running it, as bash and
 * jshell do: a shell command the shell would still read on (an open
 * here-document, quote, bracket or {@code if}, a trailing {@code \}). Slash
 * commands and blank lines are always whole.
 */
final class Continuation {

    private final Completeness shell;

    Continuation(Completeness shell) {
        this.shell = shell;
    }

    static Continuation ofLearnerShell() {
        return new Continuation(Completeness.ofLearnerShell());
    }

    boolean needsMore(String text) {
        String start = text.stripLeading();
        if (start.isEmpty() || start.startsWith("/")) {
            return false;
        }
        return !shell.isComplete(text);
    }
}
