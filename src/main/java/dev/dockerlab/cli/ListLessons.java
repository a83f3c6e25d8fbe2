package dev.dockerlab.cli;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.output.Json;
import dev.dockerlab.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** The lessons of a folder, in order. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the lessons in order: number, id, title and how many exercises each has.")
public final class ListLessons implements Callable<Integer> {

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A lesson folder (default: the course, or --lessons).")
    private Path folder;

    @Option(names = "--json", description = "Print the lessons as JSON (schema dockerlab/list/1, in docs/JSON.md).")
    private boolean json;

    /** {@code list --json}: the schema docs/JSON.md documents; add fields, never rename or remove them. */
    record Listing(String schema, String folder, List<LessonEntry> lessons, List<ProblemEntry> problems) {
    }

    record LessonEntry(int number, String id, String title, String summary, String file, String requiresStorageDriver,
                       List<ExerciseEntry> exercises) {
    }

    record ExerciseEntry(int number, String title) {
    }

    record ProblemEntry(String file, int line, String message) {
    }

    @Override
    public Integer call() {
        Course course = new Course(root.settings());
        LessonLibrary library = folder == null ? course.folder() : LessonLibrary.load(folder, course.variables());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(listing(library, folder == null ? root.settings().lessonsDir() : folder)));
            out.flush();
            return library.isClean() ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        Style style = new Style(root.settings().color());
        for (Lesson lesson : library.lessons()) {
            int exercises = lesson.exercises().size();
            out.printf("%02d  %-22s %s %s%n", lesson.number(), lesson.id(), lesson.title(),
                    style.faint("(" + exercises + (exercises == 1 ? " exercise)" : " exercises)")));
        }
        if (library.lessons().isEmpty()) {
            out.println("no lessons in " + (folder == null ? root.settings().lessonsDir() : folder));
        }
        out.flush();
        if (!library.isClean()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(library.problems().size() + " problem(s) in these lesson files (dockerlab lint lists them all):");
            library.problems().stream().limit(5).map(Problem::toString).forEach(err::println);
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    private static Listing listing(LessonLibrary library, Path folder) {
        List<LessonEntry> lessons = library.lessons().stream().map(lesson -> new LessonEntry(lesson.number(), lesson.id(),
                lesson.title(), lesson.summary(), lesson.file().toString(), lesson.requires().storageDriver(),
                lesson.exercises().stream().map(exercise -> new ExerciseEntry(exercise.number(), exercise.title())).toList()))
                .toList();
        List<ProblemEntry> problems = library.problems().stream()
                .map(problem -> new ProblemEntry(String.valueOf(problem.file()), problem.line(), problem.message())).toList();
        return new Listing("dockerlab/list/1", folder.toAbsolutePath().normalize().toString(), lessons, problems);
    }
}
