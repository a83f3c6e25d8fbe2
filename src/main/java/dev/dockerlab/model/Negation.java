package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/** {@code not ASSERTION}: holds exactly when the inner assertion does not. */
public record Negation(Assertion inner) implements Assertion {

    @Override
    public String sentence() {
        return "not: " + inner.sentence();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.negation(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> text) {
        return new Negation(inner.withText(text));
    }
}
