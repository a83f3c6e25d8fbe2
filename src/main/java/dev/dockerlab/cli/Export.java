package dev.dockerlab.cli;

import dev.dockerlab.export.HtmlExport;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.Variables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** The course as static HTML handouts. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the course as static HTML handouts: index.html, one page per lesson and a stylesheet.",
                "Each exercise shows its goals and its hints folded away; solutions only with --with-solutions.",
                "Commands show $${LAB} and $${IMAGE} as written, never this machine's paths. No daemon needed."})
public final class Export implements Callable<Integer> {

    /** Handouts are for any machine: the variables stay as the lessons write them. */
    private static final Variables AS_WRITTEN = new Variables("${LAB}", "${IMAGE}", "");

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--html", paramLabel = "DIR", required = true,
            description = "The folder to write the pages into (made when missing; pages in it are overwritten).")
    private Path folder;

    @Option(names = "--with-solutions", description = "Add each exercise's solution, folded like the hints.")
    private boolean withSolutions;

    @Override
    public Integer call() {
        List<Lesson> lessons = new Course(root.settings(), AS_WRITTEN).lessons(List.of());
        if (lessons.isEmpty()) {
            throw new BadInput("there are no lessons in " + root.settings().lessonsDir() + " to export.");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInput(folder + " is a file; --html names the folder to write the handouts into.");
        }
        List<Path> written;
        try {
            written = new HtmlExport(withSolutions).write(lessons, folder);
        } catch (AccessDeniedException e) {
            throw new BadInput("cannot write the handouts: permission denied on " + e.getFile() + ".");
        } catch (IOException e) {
            throw new BadInput("cannot write the handouts to " + folder + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + lessons.size() + (lessons.size() == 1 ? " lesson page" : " lesson pages")
                + (withSolutions ? " with solutions" : "") + ", the index, the whole course on one page for printing"
                + " and the stylesheet (" + written.size() + " files); open " + folder.resolve("index.html").toAbsolutePath().normalize());
        out.flush();
        return ExitCode.OK;
    }
}
