package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.Negation;

import java.util.Locale;
import java.util.Optional;

/**
 * Lint's warning for a {@code command} check or {@code hint when} command
 * whose shell line may change state ({@link ShellWrites}): checks are judged
 * again and again, on the learner's own objects and files, and must leave them
 * as they were. A check that truly must write says why on the comment line
 * right above it, {@code # may write: WHY}, which silences the warning.
 */
final class WritingCommands {

    private static final String SILENCER = "# may write";

    private WritingCommands() {
    }

    /** Whether a check block line is the {@code # may write: WHY} comment that lets the next check write. */
    static boolean silences(String line) {
        return line.strip().toLowerCase(Locale.ROOT).startsWith(SILENCER);
    }

    static void checkLine(Assertion assertion, int line, Problems problems) {
        writes(assertion).ifPresent(what -> problems.warn(line, "this command check may change state (" + what
                + "), and checks are judged every time the learner asks; read the state instead, or say why it"
                + " must write on a '" + SILENCER + ": WHY' line right above it"));
    }

    static void hintCondition(Assertion assertion, int line, Problems problems) {
        writes(assertion).ifPresent(what -> problems.warn(line, "this 'hint when' command may change state (" + what
                + "), and it is judged on every /hint; read the state instead"));
    }

    private static Optional<String> writes(Assertion assertion) {
        Assertion inner = assertion instanceof Negation negation ? negation.inner() : assertion;
        return inner instanceof CommandAssertion command
                ? ShellWrites.first(command.command()).map(what -> "'" + what + "'")
                : Optional.empty();
    }
}
