package dev.dockerlab;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command shares, from the global options and the environment:
 * the lab image, the lab folder on the host, a busybox to build the image
 * from, and the lesson folder.
 */
public record Settings(String image, Path labDir, Optional<Path> busybox, Path lessonsDir, boolean color) {
}
