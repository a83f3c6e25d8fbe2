package dev.dockerlab.lesson;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * How a learner or an author names a lesson: by id ({@code named-volumes}),
 * by NN ({@code 5} or {@code 05}), or by the path of its file. Every command
 * that takes a lesson reads the name here and matches it the same way: an id
 * wins over a number, a number over a path.
 */
public record LessonRef(String text) {

    public static LessonRef parse(String text) {
        return new LessonRef(text);
    }

    /** The NN this names, when it is one to nine digits. */
    public OptionalInt number() {
        return text.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    /** The path this names, when it is one this system can write. */
    public Optional<Path> path() {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /**
     * Written as a path rather than an id: a {@code .md} file, a name with a
     * slash, or a folder that exists. Such a name is read from where it points,
     * not looked up in the lesson folder.
     */
    public boolean isPath() {
        return text.endsWith(".md") || text.contains("/") || path().map(Files::isDirectory).orElse(false);
    }

    public boolean matches(Lesson lesson) {
        return namesId(lesson.id()) || namesNumber(lesson.number()) || namesFile(lesson.file());
    }

    /** For a lesson known only by its file name, before it is read. */
    public boolean matches(LessonFileName name) {
        return namesId(name.slug()) || namesNumber(name.number());
    }

    /** The first of the library's lessons this names by id, else by NN, else by the path of its file. */
    public Optional<Lesson> find(LessonLibrary library) {
        List<Lesson> lessons = library.lessons();
        return first(lessons, lesson -> namesId(lesson.id()))
                .or(() -> first(lessons, lesson -> namesNumber(lesson.number())))
                .or(() -> first(lessons, lesson -> namesFile(lesson.file())));
    }

    private static Optional<Lesson> first(List<Lesson> lessons, Predicate<Lesson> named) {
        return lessons.stream().filter(named).findFirst();
    }

    private boolean namesId(String id) {
        return text.equals(id);
    }

    private boolean namesNumber(int number) {
        return number().stream().anyMatch(wanted -> wanted == number);
    }

    private boolean namesFile(Path file) {
        return path().map(LessonRef::normal).filter(normal(file)::equals).isPresent();
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return text;
    }
}
