package dev.dockerlab.model;

/**
 * What one assertion found: whether it holds, and the observed fact in plain
 * words ("container web exists but exited with code 1 2 minutes ago"). The
 * fact is said whether the assertion holds or not, so a negation can reuse it.
 * UNKNOWN is for a check that could not look (the daemon refused, a read timed
 * out): it counts as not holding, and a negation does not turn it into a pass.
 */
public record Verdict(Status status, String observed) {

    public enum Status { PASSED, FAILED, UNKNOWN }

    public static Verdict of(boolean holds, String observed) {
        return new Verdict(holds ? Status.PASSED : Status.FAILED, observed);
    }

    public static Verdict unknown(String observed) {
        return new Verdict(Status.UNKNOWN, observed);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public Verdict negated() {
        return status == Status.UNKNOWN ? this : of(status == Status.FAILED, observed);
    }
}
