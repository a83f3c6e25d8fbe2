package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ChangeLog;
import dev.dockerlab.docker.ContainerLayers;
import dev.dockerlab.docker.ContainerPaths;
import dev.dockerlab.docker.FileView;
import dev.dockerlab.model.ContainerAssertion.Diff.Change;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.Verdict;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What is in a container's file system: its merged view (through the archive
 * API), its changes ({@code docker diff}), and the overlay layers themselves
 * (upper and lower folders, see {@link DockerState#layers}).
 */
final class ContainerFileChecks {

    private final DockerState state;
    private final Path lab;

    /** {@code lab} is the lab folder, where a list of layers a learner wrote is read (see {@link HostChecks}). */
    ContainerFileChecks(DockerState state, Path lab) {
        this.state = state;
        this.lab = lab;
    }

    Verdict file(ContainerAssertion.File claim, InspectContainerResponse container) {
        String where = "container " + claim.name();
        JsonNode tree = state.containerTree(claim.name()).orElseThrow();
        Optional<String> tmpfs = TmpfsFiles.mountHolding(tree, claim.path());
        if (tmpfs.isEmpty()) {
            return FileFacts.judge(claim.claim(), where, state.containerFile(claim.name(), claim.path()));
        }
        if (!ContainerChecks.isRunning(container)) {
            return Verdict.of(claim.claim() instanceof FileClaim.Missing, where + " is not running, and " + claim.path()
                    + " is on its tmpfs at " + tmpfs.get() + ", which holds nothing while the container is stopped");
        }
        return FileFacts.judge(claim.claim(), where, TmpfsFiles.read(state, container.getId(), claim.path()));
    }

    Verdict diff(ContainerAssertion.Diff claim, InspectContainerResponse container) {
        String path = MountChecks.normalise(claim.path());
        List<ChangeLog> changes = state.diff(container.getId());
        Optional<ChangeLog> change = changes.stream().filter(entry -> path.equals(entry.getPath())).findFirst();
        String where = "docker diff " + claim.name();
        if (change.isEmpty()) {
            return Verdict.of(false, where + " does not list " + path + (changes.isEmpty() ? "; it lists no change at all"
                    : "; it lists " + summary(changes)));
        }
        Change seen = changeOf(change.get());
        return Verdict.of(seen == claim.change(), where + " shows " + seen.letter() + " " + path + " (" + seen.word() + ")"
                + (seen == claim.change() ? "" : ", not " + claim.change().word()));
    }

    private static String summary(List<ChangeLog> changes) {
        List<String> shown = changes.stream().limit(8).map(change -> changeOf(change).letter() + " " + change.getPath()).toList();
        return String.join(", ", shown) + (changes.size() > shown.size() ? ", ..." : "");
    }

    /** The Engine API numbers the kinds 0 (changed), 1 (added), 2 (deleted). */
    private static Change changeOf(ChangeLog change) {
        return switch (change.getKind()) {
            case 1 -> Change.ADDED;
            case 2 -> Change.DELETED;
            default -> Change.CHANGED;
        };
    }

    Verdict upperWhiteout(ContainerAssertion.UpperWhiteout claim, InspectContainerResponse container) {
        Optional<ContainerLayers> layers = state.layers(claim.name());
        if (layers.isEmpty()) {
            return noOverlay(claim.name(), container);
        }
        String upperDir = layers.get().upper();
        String where = upperWhere(claim.name());
        String path = MountChecks.normalise(claim.path());
        FileView file = inLayer(List.of(upperDir), 0, path);
        boolean whiteout = file.kind() == FileView.Kind.WHITEOUT;
        if (whiteout && !file.path().equals(path)) {
            return Verdict.of(false, where + " has a whiteout at " + file.path() + ", not at " + path
                    + ": the container deleted the whole folder");
        }
        if (whiteout) {
            return Verdict.of(true, where + " has a whiteout at " + path
                    + ": the container deleted it, and overlayfs hides the copies below");
        }
        return Verdict.of(false, file.exists() ? FileFacts.describe(where, file) + ", not a whiteout"
                : where + " has nothing at " + path + ": the container has not deleted it");
    }

    Verdict upperLayer(ContainerAssertion.UpperLayer claim, InspectContainerResponse container) {
        Optional<ContainerLayers> layers = state.layers(claim.name());
        if (layers.isEmpty()) {
            return noOverlay(claim.name(), container);
        }
        String upperDir = layers.get().upper();
        String where = upperWhere(claim.name());
        String path = MountChecks.normalise(claim.path());
        FileView file = inLayer(List.of(upperDir), 0, path);
        if (file.kind() == FileView.Kind.WHITEOUT) {
            return Verdict.of(false, where + " has a whiteout at " + file.path() + ", not the file: the container deleted "
                    + (file.path().equals(path) ? "it" : "that folder, and " + path + " with it"));
        }
        return FileFacts.judge(claim.claim(), where, file);
    }

    private static String upperWhere(String name) {
        return "the upper (writable) layer of " + name;
    }

    Verdict lowerLayers(ContainerAssertion.LowerLayers claim, InspectContainerResponse container) {
        Optional<ContainerLayers> layers = state.layers(claim.name());
        if (layers.isEmpty() || layers.get().lower().isEmpty()) {
            return noOverlay(claim.name(), container);
        }
        List<String> group = layers.get().lower();
        String where = "the lower (image) layers of " + claim.name();
        String path = MountChecks.normalise(claim.path());
        for (int i = 0; i < group.size(); i++) {
            FileView file = inLayer(group, i, path);
            String layer = where + " (layer " + (i + 1) + " of " + group.size() + " from the top)";
            if (file.kind() == FileView.Kind.WHITEOUT) {
                // overlayfs looks no further down: for the image, the file is gone
                return Verdict.of(false, layer + " deletes " + file.path() + " with a whiteout"
                        + (file.path().equals(path) ? "" : ", and " + path + " with it") + ", so the image does not have it");
            }
            if (file.exists()) {
                return FileFacts.judge(claim.claim(), layer, file);
            }
        }
        return Verdict.of(false, "none of the " + group.size() + " lower (image) layers of " + claim.name()
                + " has " + path);
    }

    Verdict lowerLayerList(ContainerAssertion.LowerLayerList claim, InspectContainerResponse container) {
        Optional<FileView> read = HostChecks.read(lab, claim.path());
        if (read.isEmpty()) {
            return Verdict.unknown(HostChecks.refusal(lab, claim.path(), "the list"));
        }
        if (read.get().kind() != FileView.Kind.FILE) {
            return Verdict.of(false, FileFacts.describe("the host", read.get()) + ", no list of folders");
        }
        Optional<ContainerLayers> layers = state.layers(claim.name());
        if (layers.isEmpty() || layers.get().lower().isEmpty()) {
            return noOverlay(claim.name(), container);
        }
        return LayerList.judge(claim.path(), read.get().content(), claim.name(), layers.get().lower());
    }

    /**
     * The path in one layer folder of a group. Where the layer does not have
     * it, a whiteout on a folder above it (that whole folder was deleted) is
     * what the layer holds for the path, and is returned instead.
     */
    private FileView inLayer(List<String> group, int index, String path) {
        FileView file;
        try {
            file = state.layerFile(group, index, path);
        } catch (RuntimeException throughANonFolder) {
            // the daemon will not read a path through a file; a whiteout may be that file
            return deletedFolder(group, index, path).orElseThrow(() -> throughANonFolder);
        }
        return file.exists() ? file : deletedFolder(group, index, path).orElse(file);
    }

    private Optional<FileView> deletedFolder(List<String> group, int index, String path) {
        for (String above : ContainerPaths.foldersOn(path)) {
            FileView folder = state.layerFile(group, index, above);
            if (folder.kind() == FileView.Kind.WHITEOUT) {
                return Optional.of(folder);
            }
            if (folder.kind() != FileView.Kind.DIRECTORY) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Why there are no layer folders to read: a storage driver without them,
     * or a container of the containerd image store whose folders only its
     * mount names: it is not running, or that mount could not be read in it.
     */
    private static Verdict noOverlay(String name, InspectContainerResponse container) {
        String driver = container.getGraphDriver() == null ? "unknown" : container.getGraphDriver().getName();
        if ("overlayfs".equals(driver) && !ContainerChecks.isRunning(container)) {
            return Verdict.unknown("container " + name + " is not running: on the containerd image store its layer"
                    + " folders are known from its root mount, which exists only while it runs");
        }
        if ("overlayfs".equals(driver)) {
            return Verdict.unknown("container " + name + "'s mount table could not be read (docker exec " + name
                    + " cat /proc/1/mountinfo); on the containerd image store it is what names the layer folders,"
                    + " and an image without cat cannot show it");
        }
        return Verdict.unknown("container " + name + " has no overlay layer folders (storage driver: " + driver
                + "); this check needs overlay2, Podman's overlay or the containerd image store's overlayfs");
    }
}
