package dev.dockerlab.cli;

import dev.dockerlab.Settings;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.LessonRef;
import dev.dockerlab.lesson.LoadedLesson;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.model.Variables;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lessons a command works on: the lesson folder of the settings, and
 * lessons named by id (from that folder) or by path (any lesson file or
 * folder). A lesson with problems is refused with its FILE:LINE list.
 */
final class Course {

    private final Settings settings;
    private final Variables variables;

    Course(Settings settings) {
        this(settings, new Variables(settings.labDir().toString(), settings.image(), ""));
    }

    /** A course whose ${LAB} and ${IMAGE} read as {@code variables} say, not as this machine's settings. */
    Course(Settings settings, Variables variables) {
        this.settings = settings;
        this.variables = variables;
    }

    Variables variables(Lesson lesson) {
        return variables.forLesson(lesson.id());
    }

    Variables variables() {
        return variables;
    }

    LessonLibrary folder() {
        Path folder = settings.lessonsDir();
        if (!Files.isDirectory(folder)) {
            throw new BadInput(LessonsFolder.missing(folder));
        }
        return LessonLibrary.load(folder, variables);
    }

    /** Every lesson named: ids from the folder, lesson files, lesson folders; all of the folder when none is named. */
    List<Lesson> lessons(List<String> references) {
        if (references.isEmpty()) {
            return clean(folder().loaded());
        }
        return references.stream().flatMap(reference -> resolve(reference).stream()).toList();
    }

    Lesson lesson(String reference) {
        List<Lesson> found = resolve(reference);
        if (found.size() != 1) {
            throw new BadInput(reference + " is a folder of " + found.size() + " lessons; name one lesson.");
        }
        return found.get(0);
    }

    private List<Lesson> resolve(String text) {
        LessonRef reference = LessonRef.parse(text);
        if (reference.isPath()) {
            Path path = reference.path().filter(Files::exists).orElseThrow(() -> new BadInput(
                    "there is no lesson file or folder at " + absolute(text) + "."));
            return clean(LessonLibrary.load(List.of(path), variables).loaded());
        }
        LessonLibrary folder = folder();
        Lesson lesson = reference.find(folder).orElseThrow(() -> new BadInput("there is no lesson " + text + " in "
                + settings.lessonsDir() + "; the lessons are: "
                + folder.lessons().stream().map(Lesson::id).collect(Collectors.joining(", ")) + "."));
        return clean(folder.loaded().stream().filter(loaded -> loaded.lesson() == lesson).toList());
    }

    private static String absolute(String path) {
        try {
            return Path.of(path).toAbsolutePath().toString();
        } catch (InvalidPathException notAPath) {
            return path;
        }
    }

    private static List<Lesson> clean(List<LoadedLesson> loaded) {
        List<Problem> problems = loaded.stream().flatMap(lesson -> lesson.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new BadInput("the lesson files have problems; fix them first (dockerlab lint lists them):\n"
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return loaded.stream().map(LoadedLesson::lesson).toList();
    }

    /** An exercise by its number from 1, or by its title (case and surrounding space do not matter). */
    static Exercise exercise(Lesson lesson, String reference) {
        List<Exercise> exercises = lesson.exercises();
        if (reference.matches("\\d+")) {
            int number = reference.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(reference);
            if (number < 1 || number > exercises.size()) {
                throw new BadInput("lesson " + lesson.id() + " has exercises 1 to " + exercises.size() + ", not " + reference + ".");
            }
            return exercises.get(number - 1);
        }
        String wanted = reference.strip().toLowerCase(Locale.ROOT);
        return exercises.stream().filter(exercise -> exercise.title().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new BadInput("lesson " + lesson.id() + " has no exercise called \"" + reference
                        + "\"; its exercises: " + exercises.stream().map(exercise -> exercise.number() + " " + exercise.title())
                        .collect(Collectors.joining(", ")) + "."));
    }
}
