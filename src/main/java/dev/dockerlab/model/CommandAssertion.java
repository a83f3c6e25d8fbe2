package dev.dockerlab.model;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A shell command run by bash in ${LAB}, judged by its exit status and output.
 * {@code fails with} and {@code output contains} take one or more texts, any of
 * which will do: engines say the same thing in different words (Docker "volume
 * is in use", Podman "volume ... is being used"), so a lesson lists each
 * phrasing. {@code fails with} also ignores case, as engines capitalise the
 * same error differently ("No such container", "no such container").
 */
public record CommandAssertion(String command, Kind kind, List<String> texts) implements Assertion {

    public enum Kind { SUCCEEDS, FAILS, FAILS_WITH, OUTPUT_CONTAINS }

    public CommandAssertion {
        texts = List.copyOf(texts);
    }

    /** Whether {@code output} says one of the texts, as this kind compares them. */
    public boolean said(String output) {
        if (kind == Kind.FAILS_WITH) {
            String folded = output.toLowerCase(Locale.ROOT);
            return texts.stream().anyMatch(text -> folded.contains(text.toLowerCase(Locale.ROOT)));
        }
        return texts.stream().anyMatch(output::contains);
    }

    @Override
    public String sentence() {
        return "command " + Quoting.quote(command) + " " + switch (kind) {
            case SUCCEEDS -> "succeeds";
            case FAILS -> "fails";
            case FAILS_WITH -> "fails with " + alternatives();
            case OUTPUT_CONTAINS -> "output contains " + alternatives();
        };
    }

    private String alternatives() {
        return texts.stream().map(Quoting::quote).collect(Collectors.joining(" or "));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.command(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> replaced) {
        return new CommandAssertion(replaced.apply(command), kind, texts.stream().map(replaced).toList());
    }
}
