package dev.dockerlab.check;

/**
 * A claim about one container, by name. Which of the optional fields a kind
 * uses is fixed by the kind: {@code path} is the path inside the container (a
 * mount point, a file, a diff entry, the URL path of {@code serves}),
 * {@code object} the other thing named (volume, bind source, image, server
 * container), {@code text} the quoted string, {@code number} an exit code or
 * port.
 */
public record ContainerAssertion(String name, Kind kind, String path, String object,
                                 String text, int number, MountAccess access)
        implements Assertion {

    public enum Kind {
        EXISTS, ABSENT, RUNNING, STOPPED, EXITED_WITH, USES_IMAGE,
        MOUNTS_VOLUME, MOUNTS_ANONYMOUS_VOLUME, MOUNTS_BIND, MOUNTS_TMPFS, HAS_NO_MOUNT,
        HAS_VOLUMES_FROM,
        HAS_FILE, HAS_NO_FILE, FILE_CONTAINS,
        DIFF_ADDED, DIFF_CHANGED, DIFF_DELETED,
        UPPER_HAS, UPPER_HAS_WHITEOUT, UPPER_FILE_CONTAINS, LOWER_HAVE, LOWER_FILE_CONTAINS,
        SERVES, LOGS_CONTAIN
    }

    public ContainerAssertion {
        access = access == null ? MountAccess.ANY : access;
    }

    public static ContainerAssertion of(String name, Kind kind) {
        return new ContainerAssertion(name, kind, null, null, null, 0, MountAccess.ANY);
    }

    public static ContainerAssertion withPath(String name, Kind kind, String path) {
        return new ContainerAssertion(name, kind, path, null, null, 0, MountAccess.ANY);
    }

    public static ContainerAssertion withPathAndText(String name, Kind kind, String path, String text) {
        return new ContainerAssertion(name, kind, path, null, text, 0, MountAccess.ANY);
    }

    @Override
    public String sentence() {
        return "container " + name + " " + predicate();
    }

    private String predicate() {
        return switch (kind) {
            case EXISTS -> "exists";
            case ABSENT -> "is absent";
            case RUNNING -> "is running";
            case STOPPED -> "is stopped";
            case EXITED_WITH -> "exited with code " + number;
            case USES_IMAGE -> "uses image " + object;
            case MOUNTS_VOLUME -> "mounts volume " + object + " at " + path + access.suffix();
            case MOUNTS_ANONYMOUS_VOLUME -> "mounts anonymous volume at " + path + access.suffix();
            case MOUNTS_BIND -> "mounts bind " + object + " at " + path + access.suffix();
            case MOUNTS_TMPFS -> "mounts tmpfs at " + path;
            case HAS_NO_MOUNT -> "has no mount at " + path;
            case HAS_VOLUMES_FROM -> "has volumes from " + object;
            case HAS_FILE -> "has file " + path;
            case HAS_NO_FILE -> "has no file " + path;
            case FILE_CONTAINS -> "file " + path + " contains " + Quoting.quote(text);
            case DIFF_ADDED -> "diff shows added " + path;
            case DIFF_CHANGED -> "diff shows changed " + path;
            case DIFF_DELETED -> "diff shows deleted " + path;
            case UPPER_HAS -> "upper layer has " + path;
            case UPPER_HAS_WHITEOUT -> "upper layer has whiteout " + path;
            case UPPER_FILE_CONTAINS -> "upper layer file " + path + " contains " + Quoting.quote(text);
            case LOWER_HAVE -> "lower layers have " + path;
            case LOWER_FILE_CONTAINS -> "lower layers file " + path + " contains " + Quoting.quote(text);
            case SERVES -> "serves " + Quoting.quote(text) + " on port " + number
                    + (path == null ? "" : " path " + path);
            case LOGS_CONTAIN -> "logs contain " + Quoting.quote(text);
        };
    }
}
