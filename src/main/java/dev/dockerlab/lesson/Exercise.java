package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;

import java.util.List;
import java.util.Set;

/**
 * A step that holds a {@code check} block. {@code number} counts exercises in
 * the lesson from 1. {@code facts} are the fact ids (F1...) named in comment
 * lines of its check blocks. Setup and solution may be null. {@code attempts}
 * are its alternative and mistake blocks, in the lesson's order.
 */
public record Exercise(int number, String title, int line, Script setup, Script solution,
                       List<CheckLine> checks, List<Hint> hints, Set<String> facts, List<Attempt> attempts) {

    public Exercise {
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        facts = Set.copyOf(facts);
        attempts = List.copyOf(attempts);
    }

    /** An exercise with no alternative or mistake blocks. */
    public Exercise(int number, String title, int line, Script setup, Script solution,
                    List<CheckLine> checks, List<Hint> hints, Set<String> facts) {
        this(number, title, line, setup, solution, checks, hints, facts, List.of());
    }
}
