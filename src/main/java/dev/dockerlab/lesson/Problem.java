package dev.dockerlab.lesson;

import java.nio.file.Path;

/** A problem in a lesson file, printed as {@code FILE:LINE: message}. */
public record Problem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
