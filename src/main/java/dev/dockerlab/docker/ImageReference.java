package dev.dockerlab.docker;

/**
 * Image references as engines normalize them, so that one image has one name
 * whichever engine reports it. Docker answers {@code busybox:1.36} where
 * Podman answers {@code docker.io/library/busybox:1.36}, and Podman files an
 * image built without a registry under {@code localhost/}; a lesson writes
 * the short name. Both sides of every comparison go through {@link #normal}.
 */
public final class ImageReference {

    private static final String[] IMPLIED_PREFIXES = {"docker.io/", "index.docker.io/", "localhost/"};

    private ImageReference() {
    }

    /** The short form with its tag: "docker.io/library/site" and "localhost/site:latest" are both "site:latest". */
    public static String normal(String reference) {
        return withTag(shortName(reference));
    }

    /** The short form as written, with no tag added: what a learner would type. */
    public static String shortName(String reference) {
        String name = reference;
        for (String prefix : IMPLIED_PREFIXES) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return name.startsWith("library/") ? name.substring("library/".length()) : name;
    }

    public static boolean same(String one, String other) {
        return one != null && other != null && normal(one).equals(normal(other));
    }

    /** "busybox" means "busybox:latest"; a colon before the last slash is a registry's port, not a tag. */
    private static String withTag(String reference) {
        int slash = reference.lastIndexOf('/');
        return reference.indexOf(':', slash + 1) >= 0 || reference.contains("@") ? reference : reference + ":latest";
    }
}
