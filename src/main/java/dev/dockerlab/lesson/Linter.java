package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.nio.file.Path;
import java.util.List;

/** Checks lesson files and folders against LESSON-FORMAT.md for authors and for CI. */
public final class Linter {

    /**
     * What lint found: problems make it fail; warnings (a check that may
     * change state) are printed beside them but do not.
     */
    public record Report(List<Problem> problems, List<Problem> warnings) {
    }

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
        return report(paths).problems();
    }

    /** The problems of {@link #lint} and every warning, each by file and then line. */
    public Report report(List<Path> paths) {
        LessonLibrary library = LessonLibrary.load(paths, variables);
        return new Report(library.problems(), library.warnings());
    }
}
