package dev.dockerlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's checklist judged once: every check line with its own verdict,
 * in the lesson's order. Each front end shows this one value (the REPL,
 * present, {@code dockerlab check}, verify's reports, handouts), so a line's
 * verdict stays with its position and two lines that read alike never share one.
 */
public record Judgement(List<Judged> lines) {

    /** No check lines at all. */
    public static final Judgement NONE = new Judgement(List.of());

    public Judgement {
        lines = List.copyOf(lines);
    }

    /** The checklist as written, nothing judged yet. */
    public static Judgement unjudged(List<CheckLine> checks) {
        return new Judgement(checks.stream().map(Judged::unjudged).toList());
    }

    /** @param verdicts one per check, in the same order */
    public static Judgement of(List<CheckLine> checks, List<Verdict> verdicts) {
        if (checks.size() != verdicts.size()) {
            throw new IllegalArgumentException(verdicts.size() + " verdicts for " + checks.size() + " checks");
        }
        List<Judged> lines = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            lines.add(Judged.of(checks.get(i), verdicts.get(i)));
        }
        return new Judgement(lines);
    }

    public int total() {
        return lines.size();
    }

    public int judged() {
        return (int) lines.stream().filter(Judged::isJudged).count();
    }

    public int passing() {
        return (int) lines.stream().filter(Judged::passed).count();
    }

    /** Every line was judged and holds: the exercise is done. */
    public boolean allPass() {
        return passing() == total();
    }

    /** The lines judged that do not hold (failed, or could not look), in order. */
    public List<Judged> failing() {
        return lines.stream().filter(line -> line.isJudged() && !line.passed()).toList();
    }
}
