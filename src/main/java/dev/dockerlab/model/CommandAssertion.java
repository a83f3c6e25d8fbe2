package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/** A shell command run by bash in ${LAB}, judged by its exit status and output. */
public record CommandAssertion(String command, Kind kind, String text) implements Assertion {

    public enum Kind { SUCCEEDS, FAILS, FAILS_WITH, OUTPUT_CONTAINS }

    @Override
    public String sentence() {
        return "command " + Quoting.quote(command) + " " + switch (kind) {
            case SUCCEEDS -> "succeeds";
            case FAILS -> "fails";
            case FAILS_WITH -> "fails with " + Quoting.quote(text);
            case OUTPUT_CONTAINS -> "output contains " + Quoting.quote(text);
        };
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.command(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> replaced) {
        return new CommandAssertion(replaced.apply(command), kind, text == null ? null : replaced.apply(text));
    }
}
