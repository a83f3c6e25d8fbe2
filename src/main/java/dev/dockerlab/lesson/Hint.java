package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;

/** A hint block; {@code when} is null for a plain progressive hint. */
public record Hint(String text, Assertion when, int line) {

    public boolean isConditional() {
        return when != null;
    }
}
