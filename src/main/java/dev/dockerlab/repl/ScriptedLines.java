package dev.dockerlab.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Lines from a pipe or a file, for tests and scripted demos. Each line is
 * echoed after the prompt, so the output reads like the session it replays.
 * Questions are answered by the next line ("y" or "yes" for yes).
 */
final class ScriptedLines implements LineSource {

    private final BufferedReader in;
    private final PrintWriter out;

    ScriptedLines(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Optional<String> next(String prompt) {
        String line = read();
        if (line != null) {
            out.println(prompt + line);
            out.flush();
        }
        return Optional.ofNullable(line);
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
