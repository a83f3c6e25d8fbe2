package dev.dockerlab.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

import java.io.IOException;
import java.util.Optional;

/**
 * Lines typed at a terminal through JLine: editing, history (Ctrl-R searches
 * it) and completion. Ctrl-C drops the line being typed, and all the lines of
 * an unfinished command; Ctrl-D leaves.
 */
final class TerminalLines implements LineSource {

    private LineReader reader;
    private Screen screen;

    /** The reader is attached once built: its completer needs the REPL, which needs this source. */
    void attach(LineReader lineReader, Screen styles) {
        this.reader = lineReader;
        this.screen = styles;
    }

    @Override
    public Optional<String> next(String prompt) {
        while (true) {
            try {
                return Optional.of(reader.readLine(screen.prompt(prompt)));
            } catch (UserInterruptException dropped) {
                // Ctrl-C at the prompt: forget the line, ask again
            } catch (EndOfFileException leave) {
                return Optional.empty();
            }
        }
    }

    @Override
    public boolean confirm() {
        try {
            return reader.readLine("[y/N] ").strip().toLowerCase().startsWith("y");
        } catch (UserInterruptException | EndOfFileException no) {
            return false;
        }
    }

    @Override
    public void remember(String line) {
        try {
            reader.getHistory().save();
        } catch (IOException cannotSave) {
            // history is a comfort; losing one line of it loses no work
        }
    }
}
