package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one {@code ##} section of a lesson into a step, and into an exercise when it holds a check block. */
final class StepReader {

    private final List<String> lines;
    private final Variables variables;
    private final List<LineRange> hidden;
    private final Problems problems;

    /** {@code hidden} are the line ranges of the whole lesson the learner does not see. */
    StepReader(List<String> lines, Variables variables, List<LineRange> hidden, Problems problems) {
        this.lines = lines;
        this.variables = variables;
        this.hidden = hidden;
        this.problems = problems;
    }

    /** Reads the section from {@code heading} to line {@code lastLine}, whose blocks are {@code fences}. */
    Step read(int number, int exerciseNumber, SectionHeading heading, int lastLine, List<CodeFence> fences) {
        String title = Substitution.apply(variables, heading.text());
        String asWritten = VisibleText.of(lines, heading.lines().last() + 1, lastLine, hidden);
        String markdown = Substitution.apply(variables, asWritten);
        List<Example> examples = new ArrayList<>();
        List<CheckLine> checks = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        List<Hint> hints = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        Script setup = null;
        Script solution = null;
        boolean exercise = fences.stream().anyMatch(fence -> fence.role() == FenceRole.CHECK);
        for (CodeFence fence : fences) {
            if (!exercise && fence.role().belongsToExercise()) {
                problems.add(fence.line(), "'" + fence.kind() + "' block in a step without a check block");
                continue;
            }
            switch (fence.role()) {
                case EXAMPLE -> examples.add(new Example(examples.size() + 1, fence.body(), fence.line()));
                case SETUP -> setup = single(setup, fence);
                case SOLUTION -> solution = single(solution, fence);
                case CHECK -> {
                    CheckBlockReader.CheckBlock block = CheckBlockReader.read(fence, variables, problems);
                    checks.addAll(block.checks());
                    facts.addAll(block.facts());
                }
                case HINT -> HintReader.read(fence, variables, problems).ifPresent(hints::add);
                case ALTERNATIVE, MISTAKE -> AttemptReader.read(fence, variables, problems).ifPresent(attempts::add);
                default -> {
                    // cleanup belongs to the lesson; other languages are only shown
                }
            }
        }
        if (!exercise) {
            return new Step(number, title, heading.line(), markdown, examples, null, asWritten);
        }
        reportAttemptProblems(title, attempts, hints);
        if (solution == null) {
            problems.add(heading.line(), "exercise '" + title + "' has no solution block");
            attempts.forEach(attempt -> problems.add(attempt.line(), "the " + attempt.kind().word() + " block is proven "
                    + "from where the solution starts, and exercise '" + title + "' has no solution block"));
        }
        return new Step(number, title, heading.line(), markdown, examples,
                new Exercise(exerciseNumber, title, heading.line(), setup, solution, checks, hints, facts, attempts), asWritten);
    }

    /** Blocks verify could not prove or report apart: a hint= with no hint to give, two blocks of one name. */
    private void reportAttemptProblems(String title, List<Attempt> attempts, List<Hint> hints) {
        Map<String, Attempt> named = new HashMap<>();
        for (Attempt attempt : attempts) {
            if (attempt.hint().isPresent() && hints.isEmpty()) {
                problems.add(attempt.line(), "the mistake names a hint, and exercise '" + title + "' has no hint block");
            }
            Attempt first = named.putIfAbsent(attempt.kind().word() + " " + attempt.title(), attempt);
            if (first != null) {
                problems.add(attempt.line(), "a second " + attempt.kind().word() + " named '" + attempt.title()
                        + "' in this exercise (the first is at line " + first.line() + "); give each its own title");
            }
        }
    }

    private Script single(Script earlier, CodeFence fence) {
        if (earlier != null) {
            problems.add(fence.line(), "a second '" + fence.kind() + "' block in this step; an exercise has one "
                    + "(the first is at line " + earlier.line() + ")");
            return earlier;
        }
        return new Script(fence.body(), fence.line());
    }
}
