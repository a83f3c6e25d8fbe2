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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Every problem of every lesson file, as FILE:LINE: message. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check lesson files against the lesson format and list every problem as FILE:LINE: message.",
                "Warnings (FILE:LINE: warning: message) point at checks that may change state.",
                "Exits 2 when there is any problem, 0 when the files are clean, warnings or not."})
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
        Linter.Report report = new Linter(new Course(root.settings()).variables()).report(targets);
        List<Problem> problems = report.problems();
        PrintWriter out = spec.commandLine().getOut();
        Stream.concat(problems.stream(), report.warnings().stream())
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .forEach(out::println);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        String warnings = report.warnings().isEmpty() ? "" : " (" + count(report.warnings().size(), "warning") + ")";
        if (problems.isEmpty()) {
            err.println("no problems in " + String.join(", ", targets.stream().map(Path::toString).toList()) + warnings);
        } else {
            long files = problems.stream().map(Problem::file).distinct().count();
            err.println(count(problems.size(), "problem") + " in " + count(files, "file") + warnings);
        }
        err.flush();
        return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
