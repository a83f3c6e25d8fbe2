package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/** A claim about a tar file on the daemon's host and one of its entries. */
public record ArchiveAssertion(String path, Kind kind, String entry, String text) implements Assertion {

    public enum Kind { HAS_ENTRY, ENTRY_CONTAINS }

    @Override
    public String sentence() {
        return "archive " + path + " " + switch (kind) {
            case HAS_ENTRY -> "has entry " + entry;
            case ENTRY_CONTAINS -> "entry " + entry + " contains " + Quoting.quote(text);
        };
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.archive(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> replaced) {
        return new ArchiveAssertion(path, kind, entry, text == null ? null : replaced.apply(text));
    }
}
