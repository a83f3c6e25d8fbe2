package dev.dockerlab.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One check line of an exercise and what judging it found. A line can be
 * shown without being judged (a handout; a step shown while Docker is away; a
 * {@code typed} check outside the REPL): then it has no verdict.
 */
public record Judged(CheckLine check, Optional<Verdict> verdict) {

    public Judged {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
    }

    public static Judged of(CheckLine check, Verdict verdict) {
        return new Judged(check, Optional.of(verdict));
    }

    public static Judged unjudged(CheckLine check) {
        return new Judged(check, Optional.empty());
    }

    public boolean isJudged() {
        return verdict.isPresent();
    }

    /** Judged, and it holds. */
    public boolean passed() {
        return verdict.map(Verdict::passed).orElse(false);
    }
}
