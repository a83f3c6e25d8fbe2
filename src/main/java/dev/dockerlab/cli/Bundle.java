package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.bundle.BundleWriter;
import dev.dockerlab.bundle.LoadedBundle;
import dev.dockerlab.bundle.LoadedCourse;
import dev.dockerlab.bundle.ProgramJar;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.ImageArchive;
import dev.dockerlab.lesson.DefaultLessonFolder;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.progress.StateDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The offline classroom bundle: {@code bundle FILE} writes one, {@code bundle
 * load FILE} loads one and remembers it as the course to use, {@code bundle
 * forget} stops using it. The words {@code load}, {@code create} and
 * {@code forget} are subcommands, so a file of that name is written with
 * {@code bundle create}.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Write an offline classroom bundle: the lesson folder and the lab image in one tar file.",
                "With --with-jar the dockerlab jar goes in too, and java -jar FILE runs the course: a classroom"
                        + " machine needs the one file and Java.",
                "On a machine with no network, dockerlab bundle load FILE loads it, and dockerlab uses its course"
                        + " until dockerlab bundle forget.",
                "FILE is replaced when it exists; to write a file named load, create or forget, say bundle create FILE."})
public final class Bundle implements Callable<Integer> {

    private static final String WITH_JAR = "Put this dockerlab's jar in the bundle, so java -jar FILE runs the course.";

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The bundle to write, such as course.tar.")
    private Path file;

    @Option(names = "--with-jar", description = WITH_JAR)
    private boolean withJar;

    public Bundle(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (file == null) {
            throw new ParameterException(spec.commandLine(),
                    "Name the bundle: dockerlab bundle FILE.tar writes one, dockerlab bundle load FILE.tar loads one.");
        }
        return create(file, withJar);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Write a bundle, as bundle FILE does (for a FILE named load, create or forget).")
    int create(@Parameters(paramLabel = "FILE", description = "The bundle to write, such as course.tar.") Path target,
               @Option(names = "--with-jar", description = WITH_JAR) boolean jar)
            throws IOException {
        Settings settings = root.settings();
        List<Lesson> lessons = new Course(settings).lessons(List.of());
        PrintWriter out = spec.commandLine().getOut();
        DockerConnection docker = context.docker();
        Optional<ProgramJar> program = jar ? Optional.of(ProgramJar.of(DefaultLessonFolder.codeLocation()))
                : Optional.empty();
        Lab.ensureImage(context, settings, out);
        BundleWriter.Written written = new BundleWriter(new ImageArchive(docker.client()), VersionProvider.version(),
                Clock.systemUTC()).write(target, settings.lessonsDir(), lessons.stream().map(Lesson::id).toList(),
                settings.image(), program);
        out.printf(Locale.ROOT, "Wrote %s (%.1f MiB): %d %s and the lab image %s%s.%n", target,
                written.bytes() / (1024.0 * 1024.0), lessons.size(), lessons.size() == 1 ? "lesson" : "lessons",
                settings.image(), jar ? ", with the dockerlab jar" : "");
        out.println(jar ? "On a classroom machine with Java and no network: java -jar " + target.getFileName()
                + " bundle load " + target.getFileName() + ", then java -jar " + target.getFileName()
                : "On a classroom machine, with no network: dockerlab bundle load " + target.getFileName()
                + ", then dockerlab");
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load a classroom bundle: its lab image into the daemon, its lessons into the state folder.",
                    "dockerlab then uses its course until told otherwise: --lessons, DOCKERLAB_LESSONS or a ./lessons"
                            + " folder win for one run, dockerlab bundle forget stops it.",
                    "An image the daemon already has is not loaded again, so loading twice is safe.",
                    "dockerlab --bundle FILE [COMMAND] uses a bundle for one run, without remembering it."})
    int load(@Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A bundle written by dockerlab bundle, such as course.tar (default: the bundle this"
                    + " dockerlab runs from, as java -jar FILE).") Path named) {
        Path bundle = named != null ? named : ProgramJar.runningBundle(DefaultLessonFolder.codeLocation())
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "Name the bundle to load: dockerlab bundle load FILE.tar."));
        PrintWriter out = spec.commandLine().getOut();
        LoadedBundle loaded = load(context, bundle, out);
        LoadedCourse.of(loaded).remember(stateDir());
        out.println(loaded.summary());
        String dockerlab = ProgramJar.isRunnable(bundle) ? "java -jar " + bundle.toAbsolutePath().normalize() : "dockerlab";
        out.println("dockerlab now uses this course (dockerlab bundle forget to stop); open it with: " + dockerlab);
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = {"Stop using the course bundle load loaded: dockerlab goes back to its own course.",
                    "The lab image stays in the daemon, and your progress stays too."})
    int forget() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<LoadedCourse> was = LoadedCourse.forget(stateDir());
        out.println(was.map(course -> "dockerlab no longer uses the course loaded from " + course.bundle() + ".")
                .orElse("No loaded course to forget; dockerlab uses --lessons, DOCKERLAB_LESSONS, ./lessons or its own course."));
        out.flush();
        return ExitCode.OK;
    }

    private Path stateDir() {
        return StateDir.resolve(context.env(), context.home());
    }

    /** Loads a bundle into this machine's daemon and state folder; progress goes to {@code progress}. */
    static LoadedBundle load(AppContext context, Path file, PrintWriter progress) {
        return Lab.bundles(context, progress).load(file);
    }
}
