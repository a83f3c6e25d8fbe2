package dev.dockerlab.check;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * A time as stat(1) prints it for {@code %y} or {@code %z}, busybox's and
 * GNU's alike: {@code 2026-11-30 06:04:05.753795421 +0000}. Whether it has
 * a fraction says whether it can order two events in the same second.
 */
record StatTime(Instant instant, boolean toTheSecond) {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "+0000")
            .toFormatter();

    static Optional<StatTime> parse(String text) {
        try {
            Instant instant = OffsetDateTime.parse(text.strip(), FORMAT).toInstant();
            return Optional.of(new StatTime(instant, !text.contains(".")));
        } catch (DateTimeParseException unparsable) {
            return Optional.empty();
        }
    }
}
