package dev.dockerlab.lesson;

import java.util.Optional;

/**
 * An {@code alternative} or {@code mistake} block of an exercise: another way
 * to solve it, which every check must accept, or a plausible wrong way, which
 * at least one check must reject. verify runs it from the state the solution
 * started from. {@code fails} is text a failing check line must hold, and
 * {@code hint} text the hint for that state must hold; a mistake's only.
 */
public record Attempt(Kind kind, String title, Script script, Optional<String> fails, Optional<String> hint) {

    public enum Kind {
        ALTERNATIVE("alternative", "alternatives"),
        MISTAKE("mistake", "mistakes");

        private final String word;
        private final String plural;

        Kind(String word, String plural) {
            this.word = word;
            this.plural = plural;
        }

        /** The block's kind as written: "alternative" or "mistake". */
        public String word() {
            return word;
        }

        public String plural() {
            return plural;
        }
    }

    public int line() {
        return script.line();
    }

    /** How reports name it: {@code mistake 'rescues into a new volume'}. */
    public String describe() {
        return kind.word() + " '" + title + "'";
    }
}
