package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson file after loading: the lesson, every problem found in it, and
 * the warnings lint prints beside them (they do not stop the lesson).
 * {@code lesson} is null only when the file could not be read at all; a
 * lesson with problems is still built from whatever could be understood.
 */
public record LoadedLesson(Path file, Lesson lesson, List<Problem> problems, List<Problem> warnings) {

    public LoadedLesson {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public LoadedLesson(Path file, Lesson lesson, List<Problem> problems) {
        this(file, lesson, problems, List.of());
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
