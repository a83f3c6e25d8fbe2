package dev.dockerlab.progress;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The ISO-8601 times of progress.json, which an older dockerlab did not write: a missing one is the epoch. */
final class Times {

    private Times() {
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    static Instant orEpoch(String text) {
        return text == null ? Instant.EPOCH : parse(text).orElse(Instant.EPOCH);
    }
}
