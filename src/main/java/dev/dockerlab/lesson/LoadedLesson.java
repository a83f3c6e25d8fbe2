package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson file after loading: the lesson and every problem found in it.
 * {@code lesson} is null only when the file could not be read at all; a
 * lesson with problems is still built from whatever could be understood.
 */
public record LoadedLesson(Path file, Lesson lesson, List<Problem> problems) {

    public LoadedLesson {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
