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
