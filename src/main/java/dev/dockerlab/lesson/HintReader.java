package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.Variables;

import java.util.Optional;

/** Reads a {@code hint} or {@code hint when ASSERTION} block. */
final class HintReader {

    private static final String WHEN = "when";

    private HintReader() {
    }

    static Optional<Hint> read(CodeFence fence, Variables variables, Problems problems) {
        String text = Substitution.apply(variables, fence.body()).strip();
        String argument = fence.argument();
        if (argument.isEmpty()) {
            return Optional.of(new Hint(text, null, fence.line()));
        }
        if (!argument.equals(WHEN) && !argument.startsWith(WHEN + " ")) {
            problems.add(fence.line(),
                    "unknown hint kind 'hint " + argument + "'; use 'hint' or 'hint when ASSERTION'");
            return Optional.empty();
        }
        String condition = argument.substring(WHEN.length()).strip();
        if (condition.isEmpty()) {
            problems.add(fence.line(), "'hint when' needs an assertion, like 'hint when container web is running'");
            return Optional.empty();
        }
        if (!Substitution.unknownNames(condition).isEmpty()) {
            return Optional.empty();
        }
        try {
            Assertion when = CheckParser.parse(condition, variables);
            WritingCommands.hintCondition(when, fence.line(), problems);
            LabPathRule.check(when, variables, fence.line(), problems);
            return Optional.of(new Hint(text, when, fence.line()));
        } catch (CheckSyntaxException e) {
            problems.add(fence.line(), "hint when: " + e.getMessage());
            return Optional.empty();
        }
    }
}
