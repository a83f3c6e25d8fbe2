package dev.dockerlab.model;

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
}
