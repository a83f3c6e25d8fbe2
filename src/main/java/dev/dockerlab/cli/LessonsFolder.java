package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.lesson.DefaultLessonFolder;

import java.nio.file.Path;

/** The lesson folder used when --lessons is not given. */
final class LessonsFolder {

    private LessonsFolder() {
    }

    static Path locate(AppContext context) {
        return DefaultLessonFolder.resolve(context.env()).orElse(Path.of("lessons").toAbsolutePath());
    }
}
