package dev.dockerlab.doctor;

import com.github.dockerjava.api.model.Info;
import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.Engine;
import dev.dockerlab.docker.LabImage;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.failure.Failure;
import dev.dockerlab.output.Style;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lesson needs, checked: the daemon, the docker CLI, the lab image
 * (built when missing) and the lab folder, each with how to fix it. The
 * doctor command and the REPL's /doctor both print it.
 */
public final class Checkup {

    private final AppContext context;

    public Checkup(AppContext context) {
        this.context = context;
    }

    /** @return true when everything required is there */
    public boolean run(Settings settings, PrintWriter out) {
        List<DoctorLine> lines = examine(settings, out);
        print(lines, out, settings.color());
        return ready(lines);
    }

    /**
     * The findings, in the order doctor prints them.
     *
     * @param progress where a lab image build shows its progress
     */
    public List<DoctorLine> examine(Settings settings, PrintWriter progress) {
        List<DoctorLine> lines = new ArrayList<>();
        lines.addAll(daemonLines(settings, progress));
        lines.add(DockerCli.probe(context));
        lines.add(labFolder(settings.labDir()));
        return List.copyOf(lines);
    }

    public static boolean ready(List<DoctorLine> lines) {
        return lines.stream().noneMatch(line -> line.status() == DoctorLine.Status.FAIL);
    }

    private List<DoctorLine> daemonLines(Settings settings, PrintWriter out) {
        DockerConnection docker;
        try {
            docker = context.docker();
        } catch (DockerUnavailable unavailable) {
            return List.of(DoctorLine.fail("daemon", unavailable.getMessage(), null));
        }
        List<DoctorLine> lines = new ArrayList<>();
        lines.add(DoctorLine.ok("endpoint", docker.endpoint().describe()));
        Engine engine = Engine.of(docker.version());
        lines.add(DoctorLine.ok("server", engine.describe() + ", API " + docker.version().getApiVersion()
                + " (dockerlab speaks " + docker.apiVersion() + ")"));
        Info info = docker.client().infoCmd().exec();
        lines.add(imageStore(engine, StorageDriver.of(info)));
        lines.add(DoctorLine.ok("mode", isRootless(info) ? "rootless daemon" : "rootful daemon"));
        lines.add(rootDir(info.getDockerRootDir(), docker));
        lines.add(labImage(settings, out));
        return lines;
    }

    /** The image store, and what it changes for the course. */
    static DoctorLine imageStore(Engine engine, StorageDriver driver) {
        String store = driver.containerdSnapshotter() ? "containerd image store (snapshotter " + driver.name() + ")"
                : driver.describe() + " graph driver";
        if (driver.containerdSnapshotter() && driver.hasOverlayLayers()) {
            return DoctorLine.ok("storage", store + ": every lesson applies; docker inspect names no layer folders"
                    + " here, so the layer lessons (copy-on-write, overlay-directories) find them in a running"
                    + " container's mount table (docker exec NAME cat /proc/1/mountinfo), as their text shows");
        }
        if (!driver.hasOverlayLayers()) {
            return DoctorLine.warn("storage", store + ": no overlay layer folders to read",
                    "the lessons that read overlay layer folders (copy-on-write, overlay-directories) will say "
                            + "\"not applicable\"; the others work. overlay2, or the containerd image store's "
                            + "overlayfs snapshotter, runs them all.");
        }
        return DoctorLine.ok("storage", store + (engine.isPodman()
                ? ": every lesson applies; Podman names images it built localhost/NAME, which checks read as NAME,"
                        + " and, unlike Docker, puts no -init layer under a container"
                : ": every lesson applies"));
    }

    private static boolean isRootless(Info info) {
        return info.getSecurityOptions() != null
                && info.getSecurityOptions().stream().anyMatch(option -> option.contains("name=rootless"));
    }

    private static DoctorLine rootDir(String rootDir, DockerConnection docker) {
        if (rootDir == null) {
            return DoctorLine.warn("root dir", "the daemon does not say where it keeps its files", null);
        }
        boolean readable = docker.endpoint().isUnixSocket() && Files.isReadable(Path.of(rootDir))
                && Files.isExecutable(Path.of(rootDir));
        return DoctorLine.ok("root dir", rootDir + (readable
                ? " (readable here: layer checks read it directly)"
                : " (not readable here: layer checks read it through a helper container)"));
    }

    private DoctorLine labImage(Settings settings, PrintWriter out) {
        try {
            LabImage.Outcome outcome = Lab.ensureImage(context, settings, out);
            return DoctorLine.ok("lab image", outcome.reference() + " " + outcome.detail());
        } catch (Failure cannotMake) {
            return DoctorLine.fail("lab image", cannotMake.getMessage(), null);
        }
    }

    private static DoctorLine labFolder(Path labDir) {
        try {
            Files.createDirectories(labDir);
            Path probe = Files.createTempFile(labDir, ".doctor", ".tmp");
            Files.delete(probe);
            return DoctorLine.ok("lab folder", labDir + " is writable");
        } catch (IOException | SecurityException notWritable) {
            return DoctorLine.fail("lab folder", labDir + " is not writable (" + notWritable.getMessage() + ")",
                    "choose another with --lab-dir DIR or DOCKERLAB_DIR.");
        }
    }

    private static void print(List<DoctorLine> lines, PrintWriter out, boolean color) {
        Style style = new Style(color);
        for (DoctorLine line : lines) {
            String mark = switch (line.status()) {
                case OK -> style.ok("ok  ");
                case WARN -> style.warn("warn");
                case FAIL -> style.bad("fail");
            };
            out.println(mark + "  " + String.format("%-10s", line.topic()) + " " + line.finding());
            if (line.fix() != null) {
                out.println("            fix: " + line.fix());
            }
        }
        out.flush();
    }
}
