package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.bundle.LoadedBundle;
import dev.dockerlab.bundle.LoadedCourse;
import dev.dockerlab.bundle.ProgramJar;
import dev.dockerlab.docker.LabImage;
import dev.dockerlab.lesson.DefaultLessonFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import dev.dockerlab.repl.ReplLauncher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The top command: global options shared by every verb (Cli adds the verbs). */
@Command(name = "dockerlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learn how Docker stores and shares data, on a real daemon.",
        footer = {"", "Environment: DOCKERLAB_IMAGE, DOCKERLAB_DIR, DOCKERLAB_LESSONS, DOCKERLAB_BUSYBOX, NO_COLOR,",
                "DOCKER_HOST and DOCKER_CONTEXT (as the docker CLI uses them), DOCKERLAB_TRUST=1 (run any course's code, for CI)."})
public final class Dockerlab implements Callable<Integer> {

    private final AppContext context;

    @Option(names = "--image", paramLabel = "REF", scope = ScopeType.INHERIT,
            description = "The lab image every lesson runs (default: $DOCKERLAB_IMAGE or " + LabImage.DEFAULT_REFERENCE + ").")
    private String image;

    @Option(names = "--lab-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The lab folder on the host, $${LAB} in lessons (default: $DOCKERLAB_DIR or ~/dockerlab).")
    private Path labDir;

    @Option(names = "--lessons", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The lesson folder (default: $DOCKERLAB_LESSONS, else ./lessons, else the course bundle load"
                    + " loaded, else the course shipped with dockerlab).")
    private Path lessonsDir;

    @Option(names = "--busybox", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "A statically linked busybox to build the lab image from (default: /bin/busybox).")
    private Path busybox;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Plain text output, no colours.")
    private boolean noColor;

    @Option(names = "--bundle", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Use an offline classroom bundle (see bundle): run with its lessons and image, loading the"
                    + " image when the daemon is first needed (--lessons and --image still win).")
    private Path bundle;

    @Option(names = "--trust", scope = ScopeType.INHERIT,
            description = "Run this course's code this once without asking, though it is not trusted (see trust).")
    private boolean trust;

    @Spec
    private CommandSpec spec;

    /** Null until first asked for. */
    private Optional<LoadedBundle> loadedBundle;

    private LessonsFolder defaultFolder;

    public Dockerlab(AppContext context) {
        this.context = context;
    }

    /** No command: the learning REPL, as a learner expects from typing just "dockerlab". */
    @Override
    public Integer call() throws IOException {
        consent().requireFolder(settings().lessonsDir());
        return ReplLauncher.start(context, settings(), Optional.empty(), false, Learn.classEvents(context, null, null, null, false));
    }

    /** Asks for, or checks, the user's consent before a course's code runs. */
    Consent consent() {
        return new Consent(context, settings(), trust, lessonsDir == null && bundle != null ? "--bundle " + bundle : null,
                spec.commandLine().getOut());
    }

    public Settings settings() {
        Optional<LoadedBundle> fromBundle = loadedBundle();
        Optional<LoadedCourse> loadedCourse = lessonsDir == null && fromBundle.isEmpty()
                ? defaultFolder().loadedCourse() : Optional.empty();
        return new Settings(
                image != null ? image : fromBundle.map(LoadedBundle::image)
                        .or(() -> loadedCourse.map(LoadedCourse::image))
                        .orElseGet(() -> context.env("DOCKERLAB_IMAGE", LabImage.DEFAULT_REFERENCE)),
                (labDir != null ? labDir : Path.of(context.env("DOCKERLAB_DIR",
                        context.home().resolve("dockerlab").toString()))).toAbsolutePath().normalize(),
                Optional.ofNullable(busybox != null ? busybox : envPath("DOCKERLAB_BUSYBOX")),
                lessonsDir != null ? lessonsDir.toAbsolutePath().normalize()
                        : fromBundle.map(LoadedBundle::lessonsDir).orElseGet(() -> defaultFolder().folder()),
                // no-color.org: NO_COLOR set to anything but the empty string
                !noColor && context.env().getOrDefault("NO_COLOR", "").isEmpty(),
                // its image is loaded when a command first needs the daemon, not by list, lint or export
                image == null ? fromBundle.map(LoadedBundle::file)
                        .or(() -> loadedCourse.map(LoadedCourse::bundle).filter(Files::isRegularFile))
                        : Optional.empty());
    }

    /** The lessons of --bundle, or of the bundle this program runs from, unpacked once however often asked for. */
    private Optional<LoadedBundle> loadedBundle() {
        if (loadedBundle == null) {
            loadedBundle = bundleFile().map(file -> Lab.bundles(context, spec.commandLine().getErr()).lessons(file));
        }
        return loadedBundle;
    }

    /** --bundle FILE, else the bundle this program was started from as java -jar FILE. */
    private Optional<Path> bundleFile() {
        return bundle != null ? Optional.of(bundle) : ProgramJar.runningBundle(DefaultLessonFolder.codeLocation());
    }

    /** The lesson folder when no option names one, found once per run; a loaded course in use is said once, on stderr. */
    private LessonsFolder defaultFolder() {
        if (defaultFolder == null) {
            PrintWriter err = spec.commandLine().getErr();
            defaultFolder = LessonsFolder.locate(context, err);
            defaultFolder.loadedCourse().ifPresent(course -> {
                err.println("dockerlab: using the course loaded from " + course.bundle()
                        + " (dockerlab bundle forget to stop)");
                err.flush();
            });
        }
        return defaultFolder;
    }

    private Path envPath(String name) {
        String value = context.env().get(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
