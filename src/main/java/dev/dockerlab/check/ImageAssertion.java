package dev.dockerlab.check;

/** A claim about one image, by reference. {@code path} is a path in the image's file system. */
public record ImageAssertion(String reference, Kind kind, String path, String text) implements Assertion {

    public enum Kind { EXISTS, ABSENT, DECLARES_VOLUME, HAS_FILE, HAS_NO_FILE, FILE_CONTAINS }

    public static ImageAssertion of(String reference, Kind kind) {
        return new ImageAssertion(reference, kind, null, null);
    }

    @Override
    public String sentence() {
        return "image " + reference + " " + switch (kind) {
            case EXISTS -> "exists";
            case ABSENT -> "is absent";
            case DECLARES_VOLUME -> "declares volume " + path;
            case HAS_FILE -> "has file " + path;
            case HAS_NO_FILE -> "has no file " + path;
            case FILE_CONTAINS -> "file " + path + " contains " + Quoting.quote(text);
        };
    }
}
