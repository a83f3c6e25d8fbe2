package dev.dockerlab.present;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Keys pressed on the terminal, read one at a time. The terminal stays in raw
 * mode for the whole presentation, so a key pressed while a command is typed
 * out is not echoed into it, and Ctrl-C is a key (quit) rather than a signal;
 * every command runs on the terminal as it was before. Besides space, enter,
 * b and q, the arrow and page keys work, which is what a presentation clicker
 * sends; Ctrl-C and Ctrl-D quit.
 */
final class TerminalKeys implements Keys, AutoCloseable {

    private static final int ESCAPE = 27;
    private static final long SEQUENCE_WAIT_MILLIS = 50;

    private final Terminal terminal;
    private final Attributes normal;
    private final Attributes raw;

    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
        this.normal = terminal.enterRawMode();
        this.raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
    }

    @Override
    public int onNormalTerminal(IntSupplier command) {
        terminal.setAttributes(normal);
        try {
            return command.getAsInt();
        } finally {
            terminal.setAttributes(raw);
        }
    }

    @Override
    public void close() {
        terminal.setAttributes(normal);
    }

    @Override
    public Key next(Moment moment) {
        Optional<Key> key = Optional.empty();
        while (key.isEmpty()) {
            key = read(0);
        }
        return key.get();
    }

    /** A key pressed within the time given, if any; other keys pressed meanwhile are dropped. */
    Optional<Key> within(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            Optional<Key> key = read(left);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** @param timeoutMillis 0 waits for a key however long it takes */
    private Optional<Key> read(long timeoutMillis) {
        try {
            NonBlockingReader reader = terminal.reader();
            int first = timeoutMillis > 0 ? reader.read(timeoutMillis) : reader.read();
            if (first == NonBlockingReader.READ_EXPIRED) {
                return Optional.empty();
            }
            if (first < 0) {
                return decode(null);
            }
            return decode(first == ESCAPE ? escapeSequence(reader) : Character.toString(first));
        } catch (IOException broken) {
            throw new UncheckedIOException("cannot read keys from the terminal: " + broken.getMessage(), broken);
        }
    }

    /**
     * The rest of what a key that starts with ESC sent: {@code ESC [} then
     * parameters up to a final character, or {@code ESC O} and one character.
     */
    private static String escapeSequence(NonBlockingReader reader) throws IOException {
        StringBuilder sequence = new StringBuilder().append((char) ESCAPE);
        int introducer = reader.read(SEQUENCE_WAIT_MILLIS);
        if (introducer != '[' && introducer != 'O') {
            return sequence.toString();
        }
        sequence.append((char) introducer);
        for (int next = reader.read(SEQUENCE_WAIT_MILLIS); next >= 0; next = reader.read(SEQUENCE_WAIT_MILLIS)) {
            sequence.append((char) next);
            if (introducer == 'O' || next >= '@' && next <= '~') {
                break;
            }
        }
        return sequence.toString();
    }

    /** @param sequence what one key press sent, or null at the end of input */
    static Optional<Key> decode(String sequence) {
        if (sequence == null) {
            return Optional.of(Key.QUIT);
        }
        return switch (sequence) {
            case " ", "\r", "\n", "\u001b[C", "\u001bOC", "\u001b[B", "\u001bOB", "\u001b[6~" -> Optional.of(Key.NEXT);
            case "b", "B", "\u001b[D", "\u001bOD", "\u001b[A", "\u001bOA", "\u001b[5~" -> Optional.of(Key.BACK);
            case "q", "Q", "\u0003", "\u0004" -> Optional.of(Key.QUIT);
            default -> Optional.empty();
        };
    }
}
