package dev.dockerlab.render;

import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Verdict;

/**
 * What the checklist shows for one check line: a box, and for a check that
 * does not hold, the observed fact beneath it.
 */
public record CheckStatus(State state, String observed) {

    public enum State {
        /** Not evaluated yet: {@code [ ]}. */
        UNCHECKED,
        /** {@code [x]}. */
        PASSED,
        /** {@code [ ]} and the observed fact. */
        FAILED,
        /** The check could not look (the daemon refused, a read timed out): {@code [?]} and why. */
        UNKNOWN
    }

    public static final CheckStatus UNCHECKED = new CheckStatus(State.UNCHECKED, "");
    public static final CheckStatus PASSED = new CheckStatus(State.PASSED, "");

    public CheckStatus {
        observed = observed == null ? "" : observed.strip();
    }

    /** What a judged check shows: {@code [x]}, or its box and the observed fact. */
    public static CheckStatus of(Verdict verdict) {
        return switch (verdict.status()) {
            case PASSED -> PASSED;
            case FAILED -> failed(verdict.observed());
            case UNKNOWN -> unknown(verdict.observed());
        };
    }

    /** What a check line shows: unchecked until it is judged. */
    public static CheckStatus of(Judged line) {
        return line.verdict().map(CheckStatus::of).orElse(UNCHECKED);
    }

    public static CheckStatus failed(String observed) {
        return new CheckStatus(State.FAILED, observed);
    }

    public static CheckStatus unknown(String observed) {
        return new CheckStatus(State.UNKNOWN, observed);
    }
}
