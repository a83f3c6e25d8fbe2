package dev.dockerlab.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Lines from a pipe or a file, for tests and scripted demos. Each line is
 * echoed after the prompt, so the output reads like the session it replays.
 * A command that goes on (a here-document, an open quote) takes the lines
 * that finish it, as at the terminal. Questions are answered by the next
 * line ("y" or "yes" for yes).
 */
final class ScriptedLines implements LineSource {

    private final BufferedReader in;
    private final PrintWriter out;
    private final Continuation continuation;

    ScriptedLines(BufferedReader in, PrintWriter out) {
        this(in, out, Continuation.ofLearnerShell());
    }

    ScriptedLines(BufferedReader in, PrintWriter out, Continuation continuation) {
        this.in = in;
        this.out = out;
        this.continuation = continuation;
    }

    @Override
    public Optional<String> next(String prompt) {
        String line = read();
        if (line == null) {
            return Optional.empty();
        }
        out.println(prompt + line);
        StringBuilder command = new StringBuilder(line);
        while (continuation.needsMore(command.toString())) {
            String more = read();
            if (more == null) {
                break;
            }
            out.println(LearnerLineReader.CONTINUATION_PROMPT + more);
            command.append('\n').append(more);
        }
        out.flush();
        return Optional.of(command.toString());
    }

    @Override
    public boolean confirm() {
        String answer = read();
        out.println("> " + (answer == null ? "" : answer));
        return answer != null && answer.strip().toLowerCase().startsWith("y");
    }

    private String read() {
        try {
            return in.readLine();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
