package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a declared resource may be. Reset and verify remove exactly what a
 * lesson declares, so a name Docker would read otherwise, a path that leaves
 * ${LAB}, or the lab image itself is a problem in the lesson, not at removal.
 */
final class ResourceNames {

    /** Docker's rule for container and volume names. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    /** An image reference: optional registry host[:port]/, lower-case path, optional :tag. */
    private static final Pattern IMAGE = Pattern.compile(
            "([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");

    private ResourceNames() {
    }

    static Optional<String> problem(String kind, String value) {
        return switch (kind) {
            case "containers", "volumes" -> NAME.matcher(value).matches() ? Optional.empty()
                    : Optional.of("'" + value + "' is not a valid " + kind.substring(0, kind.length() - 1)
                    + " name (letters, digits, _ . -, starting with a letter or digit)");
            case "images" -> value.contains("${") ? Optional.of("declare the images this lesson builds, not the lab image "
                    + "(" + value + "): reset would remove it")
                    : IMAGE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("'" + value + "' is not an image reference Docker accepts (lower-case name, optional :tag)");
            case "paths" -> path(value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> path(String value) {
        if (value.contains("${")) {
            return Optional.of("paths are relative to ${LAB} already: write '" + value.replaceFirst("^\\$\\{LAB}/?", "")
                    + "', without variables");
        }
        Path path = Path.of(value);
        if (path.isAbsolute() || value.isBlank() || path.normalize().startsWith("..") || path.normalize().toString().isEmpty()) {
            return Optional.of("'" + value + "' must be a path inside ${LAB}, relative to it (no leading /, no ..)");
        }
        return Optional.empty();
    }
}
