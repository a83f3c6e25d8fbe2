package dev.dockerlab;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command shares, from the global options and the environment:
 * the lab image, the lab folder on the host, a busybox to build the image
 * from, the lesson folder, and the --bundle file the lab image comes from,
 * if it does (loaded only when a command first needs the daemon).
 */
public record Settings(String image, Path labDir, Optional<Path> busybox, Path lessonsDir, boolean color,
                       Optional<Path> imageBundle) {

    public Settings(String image, Path labDir, Optional<Path> busybox, Path lessonsDir, boolean color) {
        this(image, labDir, busybox, lessonsDir, color, Optional.empty());
    }
}
