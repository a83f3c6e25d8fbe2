package dev.dockerlab.present;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keys as lines of text, for scripted runs: an empty line, "space", "enter"
 * or "next" goes on, "b" goes back, "q" quits. The end of the input quits too,
 * so the lesson is always cleaned up. Other lines are reported and skipped.
 */
final class ScriptedKeys implements Keys {

    private final BufferedReader lines;
    private final Consumer<String> warn;

    ScriptedKeys(BufferedReader lines, Consumer<String> warn) {
        this.lines = lines;
        this.warn = warn;
    }

    @Override
    public Key next(Moment moment) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Optional<Key> key = parse(line);
                if (key.isPresent()) {
                    return key.get();
                }
                warn.accept("Key line \"" + line.strip() + "\" is not one of: an empty line, space, enter, b, q; skipped.");
            }
            warn.accept("The keys ended: quitting.");
            return Key.QUIT;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the presenter's keys: " + unreadable.getMessage(), unreadable);
        }
    }

    static Optional<Key> parse(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "", "space", "enter", "next" -> Optional.of(Key.NEXT);
            case "b", "back" -> Optional.of(Key.BACK);
            case "q", "quit" -> Optional.of(Key.QUIT);
            default -> Optional.empty();
        };
    }
}
