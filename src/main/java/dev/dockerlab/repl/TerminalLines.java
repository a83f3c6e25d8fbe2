package dev.dockerlab.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.IOException;
import java.util.Optional;

/**
 * Lines typed at a terminal through JLine: editing, history (Ctrl-R searches
 * it) and completion. Ctrl-C drops the line being typed, and all the lines of
 * an unfinished command; Ctrl-D leaves.
 */
final class TerminalLines implements LineSource {

    private LineReader reader;
    private boolean color;

    /**
     * The reader is attached once built: its completer needs the REPL, which needs this source.
     *
     * @param styled whether the prompt may be coloured (not under NO_COLOR, --no-color or a dumb terminal)
     */
    void attach(LineReader lineReader, boolean styled) {
        this.reader = lineReader;
        this.color = styled;
    }

    @Override
    public Optional<String> next(String prompt) {
        while (true) {
            try {
                String shown = color
                        ? new AttributedString(prompt, AttributedStyle.BOLD.foreground(AttributedStyle.CYAN)).toAnsi(reader.getTerminal())
                        : prompt;
                return Optional.of(reader.readLine(shown));
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
