package dev.dockerlab.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Host and archive checks read files of this machine and show what they
 * found, on the screen and in CI reports: they may read only below the lab
 * folder, ${LAB}, where the lesson's own files are (its declared paths are
 * relative to it). A path elsewhere, or one that climbs out with {@code ..},
 * is refused by lint and, without being read, at run time.
 */
public final class LabConfinement {

    private LabConfinement() {
    }

    /** The path below {@code lab} that {@code path} names ("" for the lab folder itself), or empty when outside it. */
    public static Optional<String> inside(Path lab, String path) {
        if (path.isEmpty() || List.of(path.replace('\\', '/').split("/")).contains("..")) {
            return Optional.empty();
        }
        String written = lab.toString();
        if (path.equals(written) || path.startsWith(written + "/")) {
            // also a lab folder kept as the word ${LAB}, as export loads lessons
            return Optional.of(path.substring(Math.min(path.length(), written.length() + 1)));
        }
        Path named = Path.of(path);
        Path root = lab.toAbsolutePath().normalize();
        if (!named.isAbsolute() || !named.normalize().startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(named.normalize()).toString());
    }

    /** Why a check of {@code path} reads nothing, in one sentence. */
    public static String refusal(String subject, String path) {
        return subject + " checks read only files under the lab folder ${LAB}; " + path
                + " is outside it, so it was not read";
    }
}
