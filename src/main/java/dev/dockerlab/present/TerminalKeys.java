package dev.dockerlab.present;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Keys pressed on the terminal, read one at a time. The terminal stays in raw
 * mode for the whole presentation, so a key pressed while a command is typed
 * out is not echoed into it, and Ctrl-C is a key (quit) rather than a signal;
 * every command runs on the terminal as it was before. Besides space, enter,
 * b and q, the arrow and page keys work, which is what a presentation clicker
 * sends (as the terminal's description says, and the common ANSI sequences);
 * Ctrl-C and Ctrl-D quit. JLine's {@link BindingReader} reads a key's whole
 * sequence, so the other keys are skipped whole.
 */
final class TerminalKeys implements Keys, AutoCloseable {

    private static final Optional<Key> OTHER = Optional.empty();
    private static final long SEQUENCE_WAIT_MILLIS = 50;

    private final Terminal terminal;
    private final Attributes normal;
    private final Attributes raw;
    private final BindingReader reader;
    private final KeyMap<Optional<Key>> keys;

    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
        this.normal = terminal.enterRawMode();
        this.raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        this.reader = new BindingReader(terminal.reader());
        this.keys = keyMap(terminal);
    }

    /** The presenter's keys on this terminal; every other key, and every other escape sequence, is OTHER. */
    static KeyMap<Optional<Key>> keyMap(Terminal terminal) {
        KeyMap<Optional<Key>> keys = new KeyMap<>();
        keys.setNomatch(OTHER);
        keys.setUnicode(OTHER);
        keys.setAmbiguousTimeout(SEQUENCE_WAIT_MILLIS);
        ignoreOtherEscapeSequences(keys);
        keys.bind(Optional.of(Key.NEXT), " ", "\r", "\n", "\u001b[C", "\u001bOC", "\u001b[B", "\u001bOB", "\u001b[6~");
        keys.bind(Optional.of(Key.BACK), "b", "B", "\u001b[D", "\u001bOD", "\u001b[A", "\u001bOA", "\u001b[5~");
        keys.bind(Optional.of(Key.QUIT), "q", "Q", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        bindCapabilities(keys, terminal, Key.NEXT, Capability.key_right, Capability.key_down, Capability.key_npage);
        bindCapabilities(keys, terminal, Key.BACK, Capability.key_left, Capability.key_up, Capability.key_ppage);
        return keys;
    }

    private static void bindCapabilities(KeyMap<Optional<Key>> keys, Terminal terminal, Key key, Capability... capabilities) {
        for (Capability capability : capabilities) {
            if (terminal.getStringCapability(capability) != null) {
                keys.bind(Optional.of(key), KeyMap.key(terminal, capability));
            }
        }
    }

    /**
     * ESC alone, and the sequences of the keys a presentation does not use
     * (function keys, Home, End, modified arrows): read whole, so that the
     * "Q" of F2's {@code ESC O Q} does not quit.
     */
    private static void ignoreOtherEscapeSequences(KeyMap<Optional<Key>> keys) {
        keys.bind(OTHER, KeyMap.esc());
        for (char last = '@'; last <= '~'; last++) {
            keys.bind(OTHER, KeyMap.esc() + "O" + last, KeyMap.esc() + "[" + last);
            for (int modifier = 2; modifier <= 8; modifier++) {
                keys.bind(OTHER, KeyMap.esc() + "[1;" + modifier + last);
            }
        }
        for (int number = 1; number <= 34; number++) {
            keys.bind(OTHER, KeyMap.esc() + "[" + number + "~");
        }
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
        Optional<Key> key = read();
        while (key.isEmpty()) {
            key = read();
        }
        return key.get();
    }

    /** A key pressed within the time given, if any; other keys pressed meanwhile are dropped. */
    Optional<Key> within(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            if (reader.peekCharacter(left) != NonBlockingReader.READ_EXPIRED) {
                Optional<Key> key = read();
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
    }

    /** The next key press: a key of the presenter's, OTHER for any other key, QUIT at the end of input. */
    private Optional<Key> read() {
        try {
            Optional<Key> key = reader.readBinding(keys);
            return key != null ? key : Optional.of(Key.QUIT);
        } catch (EndOfFileException closed) {
            return Optional.of(Key.QUIT);
        }
    }
}
