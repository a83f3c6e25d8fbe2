package dev.dockerlab.cli;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Override
    public Integer call() {
        Course course = new Course(root.settings());
        LessonLibrary library = folder == null ? course.folder() : LessonLibrary.load(folder, course.variables());
        PrintWriter out = spec.commandLine().getOut();
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
}
