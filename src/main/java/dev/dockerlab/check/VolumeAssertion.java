package dev.dockerlab.check;

/**
 * A claim about one volume, by name. {@code path} is relative to the volume's
 * root; {@code object} is a container name ({@code is used by}) or a label key;
 * {@code text} a label value or the quoted string.
 */
public record VolumeAssertion(String name, Kind kind, String path, String object, String text)
        implements Assertion {

    public enum Kind { EXISTS, ABSENT, USED_BY, UNUSED, HAS_LABEL, HAS_FILE, HAS_NO_FILE, FILE_CONTAINS }

    public static VolumeAssertion of(String name, Kind kind) {
        return new VolumeAssertion(name, kind, null, null, null);
    }

    @Override
    public String sentence() {
        return "volume " + name + " " + switch (kind) {
            case EXISTS -> "exists";
            case ABSENT -> "is absent";
            case USED_BY -> "is used by " + object;
            case UNUSED -> "is unused";
            case HAS_LABEL -> "has label " + object + "=" + text;
            case HAS_FILE -> "has file " + path;
            case HAS_NO_FILE -> "has no file " + path;
            case FILE_CONTAINS -> "file " + path + " contains " + Quoting.quote(text);
        };
    }
}
