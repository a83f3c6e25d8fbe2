package dev.dockerlab.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.progress.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The course {@code dockerlab bundle load} loaded last, remembered in the
 * state folder so a plain {@code dockerlab list} (or learn, verify, present)
 * uses it until {@code dockerlab bundle forget}: the bundle file, where its
 * lessons were unpacked, and its lab image.
 */
public record LoadedCourse(Path bundle, Path lessonsDir, String image) {

    static final String FILE = "loaded-course.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static LoadedCourse of(LoadedBundle loaded) {
        return new LoadedCourse(loaded.file().toAbsolutePath().normalize(), loaded.lessonsDir(), loaded.image());
    }

    /**
     * The remembered course, if any. A file that cannot be read is as good as
     * none: it only saves typing --bundle, and the lesson-folder error says
     * what to do.
     */
    public static Optional<LoadedCourse> read(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LoadedCourse course = JSON.readValue(file.toFile(), LoadedCourse.class);
            boolean complete = course != null && course.bundle() != null && course.lessonsDir() != null
                    && course.image() != null && !course.image().isBlank();
            return complete ? Optional.of(course) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    public void remember(Path stateDir) {
        try {
            AtomicFile.write(stateDir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
        } catch (IOException failed) {
            throw new BadInput("cannot remember the loaded course in " + stateDir + ": " + failed.getMessage(), failed);
        }
    }

    /** Forgets the remembered course: the course it was, if there was one. */
    public static Optional<LoadedCourse> forget(Path stateDir) {
        Optional<LoadedCourse> was = read(stateDir);
        try {
            Files.deleteIfExists(stateDir.resolve(FILE));
        } catch (IOException failed) {
            throw new BadInput("cannot forget the loaded course: " + failed.getMessage() + ".", failed);
        }
        return was;
    }

    /** Whether its lessons are still where loading put them. */
    public boolean lessonsPresent() {
        return Files.isDirectory(lessonsDir);
    }
}
