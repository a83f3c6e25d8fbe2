package dev.dockerlab.verify;

import dev.dockerlab.lesson.Attempt;
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
                             Judgement checks, Duration took, List<BlockResult> blocks) {

    public enum Status { PASSED, FAILED, NOT_APPLICABLE, NOT_RUN }

    public ExerciseResult {
        problems = List.copyOf(problems);
        blocks = List.copyOf(blocks);
    }

    /** The solution's result, before any alternative or mistake block was proven. */
    public ExerciseResult(String lesson, int number, String title, Status status, List<String> problems,
                          Judgement checks, Duration took) {
        this(lesson, number, title, status, problems, checks, took, List.of());
    }

    /** A result that has no judged checklist to show. */
    public ExerciseResult(String lesson, int number, String title, Status status, List<String> problems, Duration took) {
        this(lesson, number, title, status, problems, Judgement.NONE, took);
    }

    /** This result with its alternative and mistake blocks proven, which took {@code more} time. */
    public ExerciseResult withBlocks(List<BlockResult> proven, Duration more) {
        return new ExerciseResult(lesson, number, title, status, problems, checks, took.plus(more), proven);
    }

    /** The solution passed (or the lesson does not apply) and so did every block. */
    public boolean ok() {
        return solutionOk() && blocks.stream().allMatch(BlockResult::ok);
    }

    /** How the solution fared, whatever the blocks did: {@link #status} says it. */
    public boolean solutionOk() {
        return status == Status.PASSED || status == Status.NOT_APPLICABLE;
    }

    /** {@code (solution, 2 alternatives, 4 mistakes)}: what ran; empty when no block did. */
    public String proven() {
        List<String> parts = new ArrayList<>(List.of("solution"));
        for (Attempt.Kind kind : Attempt.Kind.values()) {
            long ran = blocks.stream().filter(block -> block.kind() == kind && block.ran()).count();
            if (ran > 0) {
                parts.add(ran + " " + (ran == 1 ? kind.word() : kind.plural()));
            }
        }
        return parts.size() == 1 ? "" : "(" + String.join(", ", parts) + ")";
    }

    /**
     * Why it failed: {@link #solutionDetails}, then the first lines of each
     * block that failed, or that did not run after a solution that passed
     * (after one that did not, the solution's failure is the reason).
     */
    public List<String> details() {
        List<String> details = new ArrayList<>(solutionDetails());
        blocks.stream().filter(block -> !block.ok() && (block.ran() || solutionOk()))
                .forEach(block -> details.addAll(block.problems()));
        return List.copyOf(details);
    }

    /**
     * Why the solution's run failed or does not apply, as the console and the
     * JUnit report say it: the problems, then each check that does not hold
     * after the solution, by its line in the lesson, with what was observed.
     */
    public List<String> solutionDetails() {
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
