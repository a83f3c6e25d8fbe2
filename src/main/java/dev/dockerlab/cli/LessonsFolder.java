package dev.dockerlab.cli;

import dev.dockerlab.AppContext;

import java.nio.file.Path;

/** The lesson folder used when --lessons is not given. */
final class LessonsFolder {

    private LessonsFolder() {
    }

    static Path locate(AppContext context) {
        return Path.of(context.env("DOCKERLAB_LESSONS", "lessons")).toAbsolutePath().normalize();
    }
}
