package dev.dockerlab.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a folder is a mount point in this process's mount namespace. A
 * daemon may mount a container's root where this process does not see it:
 * rootless Docker mounts it inside rootlesskit's namespace, so on the host the
 * MergedDir is an empty folder, and reading it would say every file is gone.
 */
final class MountedHere {

    private MountedHere() {
    }

    /** True when the folder is on another device than its parent: something is mounted on it here. */
    static boolean isMountPoint(String folder) {
        Path path = Path.of(folder);
        Path parent = path.getParent();
        if (parent == null) {
            return true;
        }
        try {
            return !Files.getAttribute(path, "unix:dev", LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getAttribute(parent, "unix:dev", LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
            return false;
        }
    }
}
