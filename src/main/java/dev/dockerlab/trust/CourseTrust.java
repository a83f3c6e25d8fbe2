package dev.dockerlab.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a course's code may run: the course shipped with dockerlab always;
 * another folder or a bundle when the user trusted its content (trusted.json),
 * or for this one run when told so (--trust, DOCKERLAB_TRUST=1).
 */
public final class CourseTrust {

    public static final String ENVIRONMENT = "DOCKERLAB_TRUST";

    /** Where a course stands. */
    public enum Standing {
        BUILT_IN, TRUSTED, TRUSTED_FOR_THIS_RUN, NOT_TRUSTED;

        public boolean mayRun() {
            return this != NOT_TRUSTED;
        }
    }

    private final TrustStore store;
    private final List<Path> builtIn;
    private final boolean forThisRun;

    public CourseTrust(TrustStore store, List<Path> builtIn, boolean forThisRun) {
        this.store = store;
        this.builtIn = builtIn.stream().map(CourseTrust::real).toList();
        this.forThisRun = forThisRun;
    }

    /** DOCKERLAB_TRUST=1 (or true, yes): what CI sets for a course it checked out itself. */
    public static boolean trustedByEnvironment(String value) {
        return value != null && List.of("1", "true", "yes").contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public Standing standing(Path folder) {
        if (builtIn.contains(real(folder))) {
            return Standing.BUILT_IN;
        }
        if (store.trusts(CourseDigest.of(folder))) {
            return Standing.TRUSTED;
        }
        return forThisRun ? Standing.TRUSTED_FOR_THIS_RUN : Standing.NOT_TRUSTED;
    }

    public TrustStore store() {
        return store;
    }

    /** The folder as the file system has it, so a link or a "/./" does not make the built-in course foreign. */
    static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException notThere) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
