package dev.dockerlab.cli;

import dev.dockerlab.lesson.Linter;
import dev.dockerlab.lesson.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Every problem of every lesson file, as FILE:LINE: message. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check lesson files against the lesson format and list every problem as FILE:LINE: message.",
                "Exits 2 when there is any problem, 0 when the files are clean."})
public final class Lint implements Callable<Integer> {

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Lesson files or folders (default: the lesson folder).")
    private List<Path> paths = List.of();

    @Override
    public Integer call() {
        List<Path> targets = paths.isEmpty() ? List.of(root.settings().lessonsDir()) : paths;
        List<Problem> problems = new Linter(new Course(root.settings()).variables()).lint(targets);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (problems.isEmpty()) {
            err.println("no problems in " + String.join(", ", targets.stream().map(Path::toString).toList()));
        } else {
            long files = problems.stream().map(Problem::file).distinct().count();
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + files
                    + (files == 1 ? " file" : " files"));
        }
        err.flush();
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
