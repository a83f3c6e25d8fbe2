package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one lesson file, collected while it is read so all of them are reported at once. */
final class Problems {

    private final Path file;
    private final List<Problem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String message) {
        found.add(new Problem(file, line, message));
    }

    /** By line; problems on one line keep the order they were found in. */
    List<Problem> toList() {
        return found.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }
}
