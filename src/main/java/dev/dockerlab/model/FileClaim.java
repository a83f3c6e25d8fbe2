package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/**
 * What a check line says about one path, the same for a container, a volume
 * and an image: that it is there, that it is not, or that its text holds a
 * string. Judging goes through {@link Visitor}, so a new claim cannot be
 * added without saying how it is judged.
 */
public sealed interface FileClaim permits FileClaim.Content, FileClaim.Missing {

    /** "has file /a", "has no file /a", "file /a contains "x"". */
    String phrase(String path);

    <R> R accept(Visitor<R> visitor);

    /** The claim with {@code text} applied to the text it looks for, if any. */
    FileClaim withText(UnaryOperator<String> text);

    /** One answer per kind of claim: the compiler makes every judge of a claim handle all three. */
    interface Visitor<R> {

        R exists();

        R missing();

        R contains(String text);
    }

    static Exists exists() {
        return new Exists();
    }

    static Missing missing() {
        return new Missing();
    }

    static Contains contains(String text) {
        return new Contains(text);
    }

    /**
     * The claims that something is at the path: the only two the layer checks
     * make ({@code upper layer has /a}, {@code lower layers file /a contains "x"}).
     */
    sealed interface Content extends FileClaim permits Exists, Contains {

        /** "has /a" with {@code has} = "has", or "file /a contains "x"". */
        String layerPhrase(String has, String path);

        @Override
        Content withText(UnaryOperator<String> text);
    }

    record Exists() implements Content {

        @Override
        public String phrase(String path) {
            return "has file " + path;
        }

        @Override
        public String layerPhrase(String has, String path) {
            return has + " " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exists();
        }

        @Override
        public Content withText(UnaryOperator<String> text) {
            return this;
        }
    }

    record Missing() implements FileClaim {

        @Override
        public String phrase(String path) {
            return "has no file " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.missing();
        }

        @Override
        public FileClaim withText(UnaryOperator<String> text) {
            return this;
        }
    }

    record Contains(String text) implements Content {

        @Override
        public String phrase(String path) {
            return layerPhrase("has", path);
        }

        @Override
        public String layerPhrase(String has, String path) {
            return "file " + path + " contains " + Quoting.quote(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contains(text);
        }

        @Override
        public Content withText(UnaryOperator<String> replaced) {
            return new Contains(replaced.apply(text));
        }
    }
}
