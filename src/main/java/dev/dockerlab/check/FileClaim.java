package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;

/**
 * What a check line says about one path, the same for a container, a volume
 * and an image: that it is there, that it is not, or that its text holds a
 * string. Each claim judges a {@link FileView} itself, so a new claim cannot
 * be added without saying how it is judged.
 */
public sealed interface FileClaim permits FileClaim.Content, FileClaim.Missing {

    /** "has file /a", "has no file /a", "file /a contains "x"". */
    String phrase(String path);

    /** @param where how the learner names the place, e.g. "container web" or "volume website" */
    Verdict judge(String where, FileView file);

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
        public Verdict judge(String where, FileView file) {
            return FileFacts.hasFile(where, file);
        }
    }

    record Missing() implements FileClaim {

        @Override
        public String phrase(String path) {
            return "has no file " + path;
        }

        @Override
        public Verdict judge(String where, FileView file) {
            return FileFacts.hasNoFile(where, file);
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
        public Verdict judge(String where, FileView file) {
            return FileFacts.contains(where, file, text);
        }
    }
}
