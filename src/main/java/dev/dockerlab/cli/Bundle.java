package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.bundle.BundleWriter;
import dev.dockerlab.bundle.LoadedBundle;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.ImageArchive;
import dev.dockerlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The offline classroom bundle: {@code bundle FILE} writes one, {@code bundle
 * load FILE} loads one. The words {@code load} and {@code create} are
 * subcommands, so a file of that name is written with {@code bundle create}.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Write an offline classroom bundle: the lesson folder and the lab image in one tar file.",
                "On a machine with no network, dockerlab --bundle FILE opens the course from it.",
                "FILE is replaced when it exists; to write a file named load or create, say bundle create FILE."})
public final class Bundle implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The bundle to write, such as course.tar.")
    private Path file;

    public Bundle(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (file == null) {
            throw new ParameterException(spec.commandLine(),
                    "Name the bundle: dockerlab bundle FILE.tar writes one, dockerlab bundle load FILE.tar loads one.");
        }
        return create(file);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Write a bundle, as bundle FILE does (for a FILE named load or create).")
    int create(@Parameters(paramLabel = "FILE", description = "The bundle to write, such as course.tar.") Path target)
            throws IOException {
        Settings settings = root.settings();
        List<Lesson> lessons = new Course(settings).lessons(List.of());
        PrintWriter out = spec.commandLine().getOut();
        DockerConnection docker = context.docker();
        Lab.ensureImage(context, settings, out);
        BundleWriter.Written written = new BundleWriter(new ImageArchive(docker.client()), VersionProvider.version(),
                Clock.systemUTC()).write(target, settings.lessonsDir(), lessons.stream().map(Lesson::id).toList(),
                settings.image());
        out.printf(Locale.ROOT, "Wrote %s (%.1f MiB): %d %s and the lab image %s.%n", target,
                written.bytes() / (1024.0 * 1024.0), lessons.size(), lessons.size() == 1 ? "lesson" : "lessons",
                settings.image());
        out.println("On a classroom machine, with no network: dockerlab --bundle " + target.getFileName());
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load a classroom bundle: its lab image into the daemon, its lessons into the state folder.",
                    "An image the daemon already has is not loaded again, so loading twice is safe.",
                    "dockerlab --bundle FILE [COMMAND] does the same, then runs COMMAND with the bundle's lessons and image."})
    int load(@Parameters(paramLabel = "FILE", description = "A bundle written by dockerlab bundle, such as course.tar.")
             Path bundle) {
        PrintWriter out = spec.commandLine().getOut();
        LoadedBundle loaded = load(context, bundle, out);
        out.println(loaded.summary());
        out.println("Open the course with: dockerlab --bundle " + bundle);
        out.flush();
        return ExitCode.OK;
    }

    /** Loads a bundle into this machine's daemon and state folder; progress goes to {@code progress}. */
    static LoadedBundle load(AppContext context, Path file, PrintWriter progress) {
        return Lab.bundles(context, progress).load(file);
    }
}
