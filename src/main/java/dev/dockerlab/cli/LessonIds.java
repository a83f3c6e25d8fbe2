package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.lesson.LessonFileName;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lesson ids of the course, for shell completion of a LESSON argument.
 * The folder is read only when a completion script is written, not when a
 * command line is built, and only file names are read: no lesson is parsed.
 */
final class LessonIds implements Iterable<String> {

    private final AppContext context;

    LessonIds(AppContext context) {
        this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
        Path folder = LessonsFolder.locate(context);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(LessonFileName::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparingInt(LessonFileName::number)).map(LessonFileName::slug).toList().iterator();
        } catch (IOException | RuntimeException unreadable) {
            return List.<String>of().iterator();
        }
    }
}
