package dev.dockerlab.repl;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonFileName;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.LessonLoader;
import dev.dockerlab.lesson.LoadedLesson;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.model.Variables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The course as the REPL needs it: the lesson the learner is on is parsed
 * alone, at once; the whole folder only when something asks for all of it
 * (/lessons, the next lesson, completion of ids). Starting the REPL thus
 * costs one lesson's parse, not the course's.
 */
final class LessonShelf {

    private final Path folder;
    private final Variables variables;
    private final List<Path> files;
    private final Consumer<List<Problem>> problemsFound;
    private LessonLibrary whole;

    /** @param problemsFound told once, when the whole folder is read, of files that have problems */
    LessonShelf(Path folder, Variables variables, Consumer<List<Problem>> problemsFound) {
        this.folder = folder;
        this.variables = variables;
        this.problemsFound = problemsFound;
        this.files = lessonFiles(folder);
    }

    private static List<Path> lessonFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(LessonFileName::isLessonFile)
                    .sorted(Comparator.comparing((Path file) -> LessonFileName.parse(file).orElseThrow().number())
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    Path folder() {
        return folder;
    }

    /** The lesson ids in order, from the file names alone. */
    List<String> ids() {
        return files.stream().map(file -> LessonFileName.parse(file).orElseThrow().slug()).toList();
    }

    /** A lesson by id or number; parsed alone unless the whole folder is already read. */
    Optional<Lesson> find(String reference) {
        if (whole != null) {
            return whole.find(reference);
        }
        Optional<Path> file = files.stream().filter(candidate -> names(candidate, reference)).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        LoadedLesson loaded = new LessonLoader(variables).load(file.get());
        return loaded.isClean() ? Optional.of(loaded.lesson()) : whole().find(reference);
    }

    Optional<Lesson> first() {
        return ids().stream().findFirst().flatMap(this::find);
    }

    List<Lesson> lessons() {
        return whole().lessons();
    }

    /** The lesson after the one with this id, in course order. */
    Optional<Lesson> after(String id) {
        List<String> ids = ids();
        int index = ids.indexOf(id);
        return index < 0 || index + 1 >= ids.size() ? Optional.empty() : find(ids.get(index + 1));
    }

    LessonLibrary whole() {
        if (whole == null) {
            whole = LessonLibrary.load(folder, variables);
            if (!whole.isClean()) {
                problemsFound.accept(whole.problems());
            }
        }
        return whole;
    }

    private static boolean names(Path file, String reference) {
        LessonFileName name = LessonFileName.parse(file).orElseThrow();
        return name.slug().equals(reference) || reference.matches("\\d{1,9}") && Integer.parseInt(reference) == name.number();
    }
}
