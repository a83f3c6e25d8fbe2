package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/**
 * A claim about one volume, by name: one record per family of check lines,
 * each with exactly its fields, judged through a {@link Visitor}.
 */
public sealed interface VolumeAssertion extends Assertion {

    /** The volume the line is about. */
    String name();

    /** The words after the name, e.g. "is unused". */
    String predicate();

    <R> R accept(Visitor<R> visitor);

    @Override
    default String sentence() {
        return "volume " + name() + " " + predicate();
    }

    /** Most of these lines quote no text; those that do say so. */
    @Override
    default Assertion withText(UnaryOperator<String> text) {
        return this;
    }

    @Override
    default <R> R accept(Assertion.Visitor<R> visitor) {
        return visitor.volume(this);
    }

    interface Visitor<R> {
        R presence(Presence presence);

        R usedBy(UsedBy usedBy);

        R unused(Unused unused);

        R label(Label label);

        R file(File file);

        R identity(Identity identity);
    }

    /** {@code exists} or {@code is absent}. */
    record Presence(String name, boolean exists) implements VolumeAssertion {

        @Override
        public String predicate() {
            return exists ? "exists" : "is absent";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.presence(this);
        }
    }

    record UsedBy(String name, String container) implements VolumeAssertion {

        @Override
        public String predicate() {
            return "is used by " + container;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.usedBy(this);
        }
    }

    record Unused(String name) implements VolumeAssertion {

        @Override
        public String predicate() {
            return "is unused";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unused(this);
        }
    }

    record Label(String name, String key, String value) implements VolumeAssertion {

        @Override
        public String predicate() {
            return "has label " + key + "=" + value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.label(this);
        }
    }

    /** A path relative to the volume's root. */
    record File(String name, String path, FileClaim claim) implements VolumeAssertion {

        @Override
        public String predicate() {
            return claim.phrase(path);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.file(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> text) {
            return new File(name, path, claim.withText(text));
        }
    }

    /**
     * {@code is the one from the start}, {@code is not the one from the start}:
     * the volume of that name is (or is not) the very volume that had the name
     * when the exercise started: the same creation time. "Not" needs one there now.
     */
    record Identity(String name, boolean same) implements VolumeAssertion {

        @Override
        public String predicate() {
            return same ? "is the one from the start" : "is not the one from the start";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.identity(this);
        }
    }
}
