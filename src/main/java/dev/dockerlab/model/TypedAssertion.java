package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/** The learner typed a command line containing {@code text} during the exercise. */
public record TypedAssertion(String text) implements Assertion {

    @Override
    public String sentence() {
        return "you typed a command with " + Quoting.quote(text);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.typed(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> replaced) {
        return new TypedAssertion(replaced.apply(text));
    }
}
