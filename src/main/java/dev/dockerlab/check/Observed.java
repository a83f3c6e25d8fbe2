package dev.dockerlab.check;

import com.github.dockerjava.api.exception.DockerException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Small phrases shared by the observations: how long ago, why a look failed. */
final class Observed {

    private Observed() {
    }

    /** "2 minutes ago", from a daemon timestamp; empty when the daemon gave none. */
    static String ago(String timestamp) {
        if (timestamp == null || timestamp.startsWith("0001-")) {
            return "";
        }
        try {
            Duration since = Duration.between(Instant.parse(timestamp), Instant.now());
            if (since.isNegative() || since.toSeconds() < 60) {
                return " just now";
            }
            if (since.toMinutes() < 60) {
                return plural(since.toMinutes(), "minute");
            }
            if (since.toHours() < 48) {
                return plural(since.toHours(), "hour");
            }
            return plural(since.toDays(), "day");
        } catch (DateTimeParseException unparsable) {
            return "";
        }
    }

    private static String plural(long count, String unit) {
        return " " + count + " " + unit + (count == 1 ? "" : "s") + " ago";
    }

    /** The most of a file's text an observed fact quotes: enough to recognise, too little to leak a file. */
    static final int EXCERPT_CHARS = 60;

    /**
     * A short quote of a file's text for "it says: ..." facts, which reach the
     * screen and CI reports: its first {@value #EXCERPT_CHARS} characters, line
     * breaks and control characters escaped.
     */
    static String excerpt(String content) {
        if (content == null) {
            return "";
        }
        StringBuilder flat = new StringBuilder();
        content.strip().codePoints().limit(EXCERPT_CHARS + 1).forEach(c -> flat.append(
                c == '\n' ? "\\n" : c == '\t' ? "\\t" : Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? String.format(c < 0x100 ? "\\x%02x" : "\\u%04x", c) : Character.toString(c)));
        return flat.length() > EXCERPT_CHARS ? flat.substring(0, EXCERPT_CHARS - 3) + "..." : flat.toString();
    }

    /** The daemon's own words for a refusal, without the HTTP wrapping. */
    static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof DockerException) {
            int json = message.indexOf("{\"message\":\"");
            if (json >= 0) {
                message = message.substring(json + 12).replaceAll("\"}\\s*$", "");
            }
        }
        return message.strip();
    }
}
