package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.List;

/** Checks lesson files and folders against LESSON-FORMAT.md for authors and for CI. */
public final class Linter {

    private final Variables variables;

    public Linter(Variables variables) {
        this.variables = variables;
    }

    /**
     * Every problem of every lesson under {@code paths} (folders or files),
     * by file and then line, including two lessons of one folder with the same
     * NN or id. An empty list means the lessons are clean.
     */
    public List<Problem> lint(List<Path> paths) {
        return LessonLibrary.load(paths, variables).problems();
    }
}
