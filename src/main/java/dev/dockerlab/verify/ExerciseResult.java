package dev.dockerlab.verify;

import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How one exercise fared under verify. {@code problems} say why it failed or
 * does not apply when the checks do not (the script's exit status and last
 * lines, a vacuous check); {@code checks} is the checklist as judged after the
 * solution, {@link Judgement#NONE} when verify did not get that far.
 */
public record ExerciseResult(String lesson, int number, String title, Status status, List<String> problems,
                             Judgement checks, Duration took) {

    public enum Status { PASSED, FAILED, NOT_APPLICABLE, NOT_RUN }

    public ExerciseResult {
        problems = List.copyOf(problems);
    }

    /** A result that has no judged checklist to show. */
    public ExerciseResult(String lesson, int number, String title, Status status, List<String> problems, Duration took) {
        this(lesson, number, title, status, problems, Judgement.NONE, took);
    }

    public boolean ok() {
        return status == Status.PASSED || status == Status.NOT_APPLICABLE;
    }

    /**
     * Why it failed or does not apply, as the console and the JUnit report
     * say it: the problems, then each check that does not hold after the
     * solution, by its line in the lesson, with what was observed.
     */
    public List<String> details() {
        List<Judged> failing = checks.failing();
        if (failing.isEmpty()) {
            return problems;
        }
        List<String> details = new ArrayList<>(problems);
        details.add("after the solution, " + failing.size() + " of " + checks.total() + " checks fail:");
        for (Judged line : failing) {
            details.add("line " + line.check().line() + ": " + line.check().sentence() + "\n      observed: "
                    + line.verdict().orElseThrow().observed());
        }
        return List.copyOf(details);
    }
}
