package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.dockerlab.failure.DockerUnavailable;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The image every lesson runs: a static busybox with its applet links and a
 * small web root. Made without any registry when the host has a static
 * busybox; only when it has none is {@code busybox:1.36} pulled. An existing
 * image is reused, never rebuilt.
 */
public final class LabImage {

    public static final String DEFAULT_REFERENCE = "dockerlab/busybox:1";
    static final String FALLBACK_BASE = "busybox:1.36";
    static final String WELCOME = "Welcome to dockerlab\n";
    private static final long BUILD_MINUTES = 5;
    private static final long PULL_MINUTES = 10;

    public enum Origin { PRESENT, BUILT, PULLED }

    /** What {@link #ensure()} did, in words for doctor. */
    public record Outcome(String reference, Origin origin, String detail) {
    }

    private final DockerClient client;
    private final String reference;
    private final Optional<Path> busyboxOverride;
    private final PrintWriter progress;

    public LabImage(DockerClient client, String reference, Optional<Path> busyboxOverride, PrintWriter progress) {
        this.client = client;
        this.reference = reference;
        this.busyboxOverride = busyboxOverride;
        this.progress = progress;
    }

    public boolean exists() {
        try {
            client.inspectImageCmd(reference).exec();
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    public Outcome ensure() {
        if (exists()) {
            return new Outcome(reference, Origin.PRESENT, "present");
        }
        Optional<Path> busybox = HostBusybox.find(busyboxOverride);
        if (busybox.isPresent()) {
            build(LabImageContext.fromHostBusybox(busybox.get()).tar(), "host-busybox");
            return new Outcome(reference, Origin.BUILT, "built offline from " + busybox.get());
        }
        if (busyboxOverride.isPresent()) {
            throw new DockerUnavailable(busyboxOverride.get() + " is not a statically linked executable; "
                    + "pass a static busybox (Debian: apt-get install busybox-static, then --busybox /bin/busybox).");
        }
        pullFallbackBase();
        build(LabImageContext.fromBaseImage(FALLBACK_BASE).tar(), FALLBACK_BASE);
        return new Outcome(reference, Origin.PULLED, "derived from " + FALLBACK_BASE + " (no static busybox on this host)");
    }

    private void build(byte[] context, String madeFrom) {
        progress.println("Building the lab image " + reference + " ...");
        progress.flush();
        try {
            client.buildImageCmd(new ByteArrayInputStream(context))
                    .withTags(Set.of(reference))
                    .withLabels(Map.of(Labels.IMAGE, madeFrom))
                    .withPull(false)
                    .withRemove(true)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(BUILD_MINUTES, TimeUnit.MINUTES);
        } catch (RuntimeException failed) {
            throw new DockerUnavailable("The lab image " + reference + " could not be built: " + failed.getMessage(), failed);
        }
    }

    private void pullFallbackBase() {
        String[] parts = FALLBACK_BASE.split(":");
        PullProgressBar bar = new PullProgressBar(progress, FALLBACK_BASE);
        try {
            boolean done = client.pullImageCmd(parts[0]).withTag(parts[1])
                    .exec(new ResultCallback.Adapter<PullResponseItem>() {
                        @Override
                        public void onNext(PullResponseItem item) {
                            bar.update(item);
                        }
                    })
                    .awaitCompletion(PULL_MINUTES, TimeUnit.MINUTES);
            bar.finish();
            if (!done) {
                throw new DockerUnavailable("Pulling " + FALLBACK_BASE + " took longer than " + PULL_MINUTES + " minutes.");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DockerUnavailable("Pulling " + FALLBACK_BASE + " was interrupted.");
        } catch (RuntimeException failed) {
            bar.finish();
            throw new DockerUnavailable("No static busybox on this host and " + FALLBACK_BASE
                    + " could not be pulled (" + failed.getMessage() + "); install one (Debian: apt-get install "
                    + "busybox-static) or pass --busybox PATH.", failed);
        }
    }
}
