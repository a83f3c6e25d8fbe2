package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/**
 * A claim about one image, by reference: one record per family of check
 * lines, each with exactly its fields, judged through a {@link Visitor}.
 */
public sealed interface ImageAssertion extends Assertion {

    /** The image the line is about, e.g. {@code busybox:1.36}. */
    String reference();

    /** The words after the reference, e.g. "declares volume /data". */
    String predicate();

    <R> R accept(Visitor<R> visitor);

    @Override
    default String sentence() {
        return "image " + reference() + " " + predicate();
    }

    /** Most of these lines quote no text; those that do say so. */
    @Override
    default Assertion withText(UnaryOperator<String> text) {
        return this;
    }

    @Override
    default <R> R accept(Assertion.Visitor<R> visitor) {
        return visitor.image(this);
    }

    interface Visitor<R> {
        R presence(Presence presence);

        R declaresVolume(DeclaresVolume declares);

        R file(File file);
    }

    /** {@code exists} or {@code is absent}. */
    record Presence(String reference, boolean exists) implements ImageAssertion {

        @Override
        public String predicate() {
            return exists ? "exists" : "is absent";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.presence(this);
        }
    }

    /** A {@code VOLUME} instruction of the image's Dockerfile. */
    record DeclaresVolume(String reference, String path) implements ImageAssertion {

        @Override
        public String predicate() {
            return "declares volume " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.declaresVolume(this);
        }
    }

    /** A path in the image's file system. */
    record File(String reference, String path, FileClaim claim) implements ImageAssertion {

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
            return new File(reference, path, claim.withText(text));
        }
    }
}
