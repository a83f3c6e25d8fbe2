package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/** A claim about a path on the daemon's host, usually under ${LAB}. */
public record HostAssertion(String path, Kind kind, String text) implements Assertion {

    public enum Kind { EXISTS, ABSENT, IS_DIRECTORY, IS_FILE, CONTAINS }

    @Override
    public String sentence() {
        return "host " + path + " " + switch (kind) {
            case EXISTS -> "exists";
            case ABSENT -> "is absent";
            case IS_DIRECTORY -> "is a directory";
            case IS_FILE -> "is a file";
            case CONTAINS -> "contains " + Quoting.quote(text);
        };
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.host(this);
    }

    @Override
    public Assertion withText(UnaryOperator<String> replaced) {
        return new HostAssertion(path, kind, text == null ? null : replaced.apply(text));
    }
}
