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
    /** The thread waiting in readLine, while one is (learn --watch wakes it). */
    private Thread reading;
    private boolean woken;
    /** What the learner had typed when a wake-up took the prompt away: typed on at the next one. */
    private String typedBefore = "";

    /** The reader is attached once built: its completer needs the REPL, which needs this source. */
    void attach(LineReader lineReader, Screen styles) {
        this.reader = lineReader;
        this.screen = styles;
    }

    @Override
    public Optional<String> next(String prompt) {
        while (true) {
            String typed = typedBefore;
            typedBefore = "";
            synchronized (this) {
                reading = Thread.currentThread();
                woken = false;
            }
            try {
                return Optional.of(reader.readLine(screen.prompt(prompt), null, typed));
            } catch (UserInterruptException dropped) {
                synchronized (this) {
                    if (woken) {
                        // not Ctrl-C: the REPL looks at the lesson file again, and the line typed so far stays
                        typedBefore = dropped.getPartialLine();
                        return Optional.of("");
                    }
                }
                // Ctrl-C at the prompt: forget the line, ask again
            } catch (EndOfFileException leave) {
                return Optional.empty();
            } finally {
                synchronized (this) {
                    reading = null;
                    if (woken) {
                        // a wake-up that came as the line ended must not interrupt the command it is
                        Thread.interrupted();
                    }
                }
            }
        }
    }

    /** Takes the prompt away from a learner waiting at it, keeping what they typed, so that the REPL looks again. */
    synchronized void wake() {
        if (reading != null) {
            woken = true;
            reading.interrupt();
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
