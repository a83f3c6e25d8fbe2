package dev.dockerlab;

import dev.dockerlab.bundle.BundleLoader;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.HelperContainers;
import dev.dockerlab.docker.LabImage;
import dev.dockerlab.docker.LedgerPruning;
import dev.dockerlab.docker.ObjectKind;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.guard.DockerGuard;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.shell.Shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daemon side of a command that runs lessons: the connection, the lab
 * image (made when missing), the ownership ledger, and how files may be read.
 */
public final class Lab {

    private final AppContext context;
    private final Settings settings;
    private final DockerConnection docker;

    private final Optional<DockerGuard> guard;

    private Lab(AppContext context, Settings settings, DockerConnection docker) {
        this.context = context;
        this.settings = settings;
        this.docker = docker;
        this.guard = DockerGuard.forEndpoint(docker.endpoint().uri());
    }

    /**
     * Connects, removes read helpers a killed run left, forgets ledger entries
     * whose objects are gone, and makes the lab image if it is missing.
     */
    public static Lab open(AppContext context, Settings settings, PrintWriter progress) {
        DockerConnection docker = context.docker();
        HelperContainers.removeLeftovers(docker.client());
        Lab lab = new Lab(context, settings, docker);
        LedgerPruning.forgetGone(docker, lab.ownership());
        ensureImage(context, settings, progress);
        return lab;
    }

    /**
     * The lab image, made when missing: loaded from the bundle it comes from,
     * if any, else built from a static busybox (or pulled).
     */
    public static LabImage.Outcome ensureImage(AppContext context, Settings settings, PrintWriter progress) {
        settings.imageBundle().ifPresent(file -> bundles(context, progress).image(file));
        return new LabImage(context.docker().client(), settings.image(), settings.busybox(), progress).ensure();
    }

    /** Loads bundles into this user's state folder and the daemon (asked only when an image must be loaded). */
    public static BundleLoader bundles(AppContext context, PrintWriter progress) {
        Path bundles = StateDir.resolve(context.env(), context.home()).resolve("bundles");
        return new BundleLoader(bundles, () -> context.docker().client(),
                imageId -> ownership(context).owns(ObjectKind.IMAGE, imageId), progress);
    }

    public DockerConnection docker() {
        return docker;
    }

    /** The environment dockerlab was started with: the learner's commands run in it. */
    public Map<String, String> environment() {
        return context.env();
    }

    /**
     * The variables a lesson's code runs with beside ${LAB} and its kin: its
     * scripts, command checks and hint commands reach the daemon through the
     * lesson's guard, which keeps what the lesson does not declare.
     */
    public Map<String, String> lessonEnvironment(Lesson lesson) {
        return guard.map(g -> g.environment(lesson.id(), Optional.of(lesson.resources()))).orElse(Map.of());
    }

    public Ownership ownership() {
        return ownership(context);
    }

    private static Ownership ownership(AppContext context) {
        return Ownership.load(StateDir.resolve(context.env(), context.home()).resolve("owned.json"));
    }

    public StorageDriver storage() {
        return StorageDriver.of(docker.client().infoCmd().exec());
    }

    /** Daemon directories are read straight from disk only for a local daemon, unless told to use helpers. */
    public boolean hostMayRead() {
        return docker.endpoint().isUnixSocket() && !context.env().containsKey("DOCKERLAB_READ_VIA_HELPER");
    }

    public Evaluation evaluation(Variables variables, List<String> typed) {
        return evaluation(variables, typed, StartState.UNRECORDED);
    }

    /** An evaluation whose identity checks compare with {@code start}, and whose ${TOKEN} is that of {@code variables}. */
    public Evaluation evaluation(Variables variables, List<String> typed, StartState start) {
        Map<String, String> guarded = guard.map(g -> g.environment(variables.lesson(), Optional.empty())).orElse(Map.of());
        return new Evaluation(docker, new Shell(variables, docker, guarded), settings.image(), hostMayRead(), typed, start);
    }
}
