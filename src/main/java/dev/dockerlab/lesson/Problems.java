package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one lesson file, collected while it is read so all of
 * them are reported at once; and its warnings: what lint points out but does
 * not refuse.
 */
final class Problems {

    private final Path file;
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String message) {
        found.add(new Problem(file, line, message));
    }

    void warn(int line, String message) {
        warnings.add(new Problem(file, line, "warning: " + message));
    }

    /** By line; problems on one line keep the order they were found in. */
    List<Problem> toList() {
        return byLine(found);
    }

    List<Problem> warnings() {
        return byLine(warnings);
    }

    private static List<Problem> byLine(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }
}
