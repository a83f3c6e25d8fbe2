package dev.dockerlab.check;

import dev.dockerlab.lesson.Hint;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Which hint {@code /hint} gives, one rule for the REPL and for verify's proof
 * of a mistake's {@code hint=}: the first {@code hint when} whose assertion
 * holds in the state the learner is in, else the next plain hint, the last one
 * again once all were shown.
 */
public final class HintChoice {

    /** The hint chosen; {@code lastPlain} when it is the last of the plain hints. */
    public record Chosen(Hint hint, boolean lastPlain) {
    }

    private HintChoice() {
    }

    /**
     * @param plainShown how many plain hints the learner has seen, asked only when a plain hint is given
     *                   (the REPL counts the one it gives as it answers)
     * @param evaluation opened only when some hint has a condition, so plain hints need no daemon
     */
    public static Optional<Chosen> choose(List<Hint> hints, IntSupplier plainShown, Supplier<Evaluation> evaluation) {
        List<Hint> conditional = hints.stream().filter(Hint::isConditional).toList();
        if (!conditional.isEmpty()) {
            try (Evaluation state = evaluation.get()) {
                for (Hint hint : conditional) {
                    if (state.evaluate(hint.when()).passed()) {
                        return Optional.of(new Chosen(hint, false));
                    }
                }
            }
        }
        List<Hint> plain = hints.stream().filter(hint -> !hint.isConditional()).toList();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        int shown = plainShown.getAsInt();
        return Optional.of(new Chosen(plain.get(Math.min(shown, plain.size() - 1)), shown + 1 >= plain.size()));
    }
}
