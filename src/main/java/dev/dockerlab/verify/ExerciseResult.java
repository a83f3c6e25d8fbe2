package dev.dockerlab.verify;

import java.time.Duration;
import java.util.List;

/**
 * How one exercise fared under verify. {@code details} say why it failed or
 * does not apply: the failing assertion and what was observed, or the script's
 * exit status and last lines.
 */
public record ExerciseResult(String lesson, int number, String title, Status status, List<String> details, Duration took) {

    public enum Status { PASSED, FAILED, NOT_APPLICABLE, NOT_RUN }

    public ExerciseResult {
        details = List.copyOf(details);
    }

    public boolean ok() {
        return status == Status.PASSED || status == Status.NOT_APPLICABLE;
    }
}
