package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lessons of one or more folders and single lesson files, each loaded
 * once, in NN order, with the problems of every file.
 */
public final class LessonLibrary {

    private static final Comparator<Problem> BY_FILE_THEN_LINE =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    private final List<LoadedLesson> loaded;
    private final List<Problem> problems;

    private LessonLibrary(List<LoadedLesson> loaded, List<Problem> problems) {
        this.loaded = List.copyOf(loaded);
        this.problems = problems.stream().sorted(BY_FILE_THEN_LINE).toList();
    }

    public static LessonLibrary load(Path folder, Variables variables) {
        return load(List.of(folder), variables);
    }

    /** Loads every lesson file of each folder in {@code paths}, and each path that is a file. */
    public static LessonLibrary load(List<Path> paths, Variables variables) {
        LessonLoader loader = new LessonLoader(variables);
        List<LoadedLesson> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                LessonFolder.files(path, problems).forEach(file -> loaded.add(loader.load(file)));
            } else if (Files.exists(path)) {
                loaded.add(loader.load(path));
            } else {
                problems.add(new Problem(path, 1, "no such file or folder"));
            }
        }
        loaded.forEach(lesson -> problems.addAll(lesson.problems()));
        problems.addAll(idClashesAcrossFolders(loaded, paths));
        loaded.sort(Comparator.comparingInt(LessonLibrary::number).thenComparing(LoadedLesson::file));
        return new LessonLibrary(loaded, problems);
    }

    /** The lessons that could be read, problems or not, in NN order. */
    public List<Lesson> lessons() {
        return loaded.stream().map(LoadedLesson::lesson).filter(Objects::nonNull).toList();
    }

    public List<LoadedLesson> loaded() {
        return loaded;
    }

    /** A lesson by id ({@code named-volumes}), by NN ({@code 5} or {@code 05}), or by the path of its file. */
    public Optional<Lesson> find(String reference) {
        return LessonRef.parse(reference).find(this);
    }

    /** Every problem of every file, by file and then line; empty when all lessons are clean. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every warning of every file (a check that may change state), by file and then line. */
    public List<Problem> warnings() {
        return loaded.stream().flatMap(lesson -> lesson.warnings().stream()).sorted(BY_FILE_THEN_LINE).toList();
    }

    public List<Problem> problems(Path file) {
        Path wanted = normal(file);
        return problems.stream().filter(problem -> normal(problem.file()).equals(wanted)).toList();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * Lessons named one by one, or from different folders, that share an id:
     * a folder's own clashes are {@link LessonFolder}'s to report.
     */
    private static List<Problem> idClashesAcrossFolders(List<LoadedLesson> loaded, List<Path> paths) {
        List<Path> folders = paths.stream().filter(Files::isDirectory).map(LessonLibrary::normal).toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> first = new HashMap<>();
        for (LoadedLesson lesson : loaded) {
            if (lesson.lesson() == null) {
                continue;
            }
            Path file = normal(lesson.file());
            Path earlier = first.putIfAbsent(lesson.lesson().id(), file);
            boolean sameFolderListed = earlier != null && earlier.getParent().equals(file.getParent())
                    && folders.contains(file.getParent());
            if (earlier != null && !earlier.equals(file) && !sameFolderListed) {
                problems.add(new Problem(lesson.file(), 1, "lesson id '" + lesson.lesson().id() + "' is also used by " + earlier));
            }
        }
        return problems;
    }

    /**
     * The first id that two lessons from different files share, as one
     * sentence naming both files: they would share progress and object names.
     */
    public static Optional<String> sharedId(List<Lesson> lessons) {
        Map<String, Path> first = new HashMap<>();
        for (Lesson lesson : lessons) {
            Path file = normal(lesson.file());
            Path earlier = first.putIfAbsent(lesson.id(), file);
            if (earlier != null && !earlier.equals(file)) {
                return Optional.of(earlier + " and " + file + " have the same lesson id '" + lesson.id()
                        + "'; give each lesson its own id.");
            }
        }
        return Optional.empty();
    }

    private static int number(LoadedLesson loaded) {
        return LessonFileName.parse(loaded.file()).map(LessonFileName::number).orElse(0);
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
