package dev.dockerlab.docker;

/**
 * Chooses the API version to speak. Unset, docker-java would speak the
 * daemon's newest, and API 1.52 drops fields its models read (GraphDriver with
 * the containerd store); so speak the older of the daemon's version and the
 * newest that docker-java 3.7.1 models (1.44), but never below the daemon's
 * minimum (Engine 29 accepts nothing older than 1.44).
 */
public final class ApiVersion {

    /** The newest version docker-java 3.7.1 has models for; CI runs Debian's Engine 20.10 (1.41). */
    public static final String NEWEST_SUPPORTED = "1.44";

    private ApiVersion() {
    }

    public static String negotiate(String daemonVersion, String daemonMinimum) {
        String chosen = daemonVersion == null || daemonVersion.isBlank()
                ? NEWEST_SUPPORTED
                : older(daemonVersion, NEWEST_SUPPORTED);
        if (daemonMinimum != null && !daemonMinimum.isBlank() && compare(chosen, daemonMinimum) < 0) {
            chosen = daemonMinimum;
        }
        return chosen;
    }

    static String older(String a, String b) {
        return compare(a, b) <= 0 ? a : b;
    }

    static int compare(String a, String b) {
        String[] left = a.trim().split("\\.");
        String[] right = b.trim().split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }
}
