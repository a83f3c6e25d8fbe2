package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.DefaultLessonFolder;
import dev.dockerlab.trust.CourseCode;
import dev.dockerlab.trust.CourseDigest;
import dev.dockerlab.trust.CourseTrust;
import dev.dockerlab.trust.TrustStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Shows a course's code, and trusts or stops trusting it, as `direnv allow` does for an .envrc. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = {"Show the shell code a course runs on your machine, and trust it or stop trusting it.",
                "The course shipped with dockerlab is trusted. Another lesson folder (--lessons DIR, or PATH)"
                        + " or a bundle (--bundle FILE) runs its setup, solution and cleanup scripts, command checks"
                        + " and hint commands only once trusted; trust goes with the content of its lesson files,"
                        + " so an edit asks again. --trust or DOCKERLAB_TRUST=1 runs one course without trusting it.",
                "With no subcommand: show."})
public final class Trust implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    public Trust(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return show(null);
    }

    private static final String PATH_HELP = "A lesson folder or file (default: --lessons, --bundle or the course"
            + " shipped with dockerlab).";

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print every script, command check and hint command of the course, and whether it is trusted.")
    int show(@Parameters(arity = "0..1", paramLabel = "PATH", description = PATH_HELP) Path path) {
        Path folder = folder(path);
        PrintWriter out = spec.commandLine().getOut();
        Course course = new Course(root.settings());
        CourseCode code = new CourseCode(course.lessons(List.of(folder.toString())));
        out.println("Course in " + folder + ": " + standing(folder) + " (sha256 " + CourseDigest.of(folder) + ").");
        out.println("The shell code its lessons run on your machine:");
        code.full().forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "allow", mixinStandardHelpOptions = true,
            description = "Trust the course as its lesson files are now: their code may run without asking.")
    int allow(@Parameters(arity = "0..1", paramLabel = "PATH", description = PATH_HELP) Path path) {
        Path folder = folder(path);
        new Course(root.settings()).lessons(List.of(folder.toString()));
        store().allow(folder, CourseDigest.of(folder));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Trusted the course in " + folder + ": its code runs until a lesson file changes.");
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Stop trusting the course: its code asks again before it runs.")
    int revoke(@Parameters(arity = "0..1", paramLabel = "PATH", description = PATH_HELP) Path path) {
        Path folder = folder(path);
        boolean was = store().revoke(folder, CourseDigest.of(folder));
        PrintWriter out = spec.commandLine().getOut();
        out.println(was ? "The course in " + folder + " is no longer trusted."
                : "The course in " + folder + " was not trusted; nothing to revoke.");
        out.flush();
        return ExitCode.OK;
    }

    private String standing(Path folder) {
        return switch (new CourseTrust(store(), DefaultLessonFolder.builtIn(context.env()), false).standing(folder)) {
            case BUILT_IN -> "shipped with dockerlab, trusted";
            case TRUSTED -> "trusted";
            case TRUSTED_FOR_THIS_RUN, NOT_TRUSTED -> "not trusted (dockerlab trust allow trusts it)";
        };
    }

    private TrustStore store() {
        return Consent.store(context);
    }

    /** The course folder: PATH (a folder, or the folder of a lesson file), else the lesson folder of the settings. */
    private Path folder(Path path) {
        Path named = path == null ? root.settings().lessonsDir() : path.toAbsolutePath().normalize();
        Path folder = Files.isRegularFile(named) ? named.getParent() : named;
        if (!Files.isDirectory(folder)) {
            throw new BadInput("there is no lesson folder at " + folder + ".");
        }
        return folder;
    }
}
