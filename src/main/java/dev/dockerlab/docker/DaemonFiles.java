package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads files that live on the daemon's side: in containers, volumes, images
 * and layer directories. Where this process can read the daemon's directory
 * itself (a local daemon, run as root or rootless as this user), it reads it
 * directly; otherwise (not root, Docker Desktop's VM, a remote daemon) it
 * reads through a read-only helper container. Each path is read at most once.
 */
public final class DaemonFiles implements AutoCloseable {

    private final ArchiveFiles archive;
    private final HelperContainers helpers;
    private final boolean hostMayRead;
    private final Map<String, FileView> seen = new ConcurrentHashMap<>();

    /**
     * @param hostMayRead whether daemon-side paths may be read from this host's
     *                    file system when readable: true only for a daemon on a
     *                    local socket
     */
    public DaemonFiles(DockerClient client, String labImage, boolean hostMayRead) {
        this.archive = new ArchiveFiles(client);
        this.helpers = new HelperContainers(client, labImage);
        this.hostMayRead = hostMayRead;
    }

    /**
     * A path as the container sees it. Where this host may read the daemon's
     * files, the path is read from the mount that holds it (a volume's
     * Mountpoint, a bind source) or, for a running overlay2 container, from
     * its MergedDir, which is what the kernel shows the container: no daemon
     * round trip, no tar. Only where that MergedDir is mounted in this
     * process's namespace: rootless Docker mounts it in rootlesskit's. Otherwise, and for anything those cannot show
     * exactly (tmpfs, the files Docker binds in /etc, a path through a
     * symbolic link), through the archive API.
     *
     * @param container the container's inspect answer as JSON
     */
    public FileView inContainer(JsonNode container, String path) {
        String id = container.path("Id").asText();
        String absolute = ContainerPaths.normalise(path);
        String merged = container.path("GraphDriver").path("Data").path("MergedDir").asText("");
        return seen.computeIfAbsent("c:" + id + ":" + absolute, key -> ContainerPaths.onHost(container, absolute)
                .filter(place -> !place.root().equals(merged) || MountedHere.isMountPoint(merged))
                .flatMap(place -> fromHost(place.root(), place.inside(), absolute))
                .orElseGet(() -> archive.read(id, absolute)));
    }

    /** {@code path} is relative to the volume's root. */
    public FileView inVolume(String volume, String mountpoint, String path) {
        String inside = absolute(path);
        return seen.computeIfAbsent("v:" + volume + ":" + inside, key -> fromHost(mountpoint, inside, inside)
                .orElseGet(() -> relabel(archive.read(helpers.forVolume(volume), HelperContainers.volumeMount() + inside),
                        inside)));
    }

    /**
     * A path of an image's file system. A file found in the layer folders of
     * an overlay2 image that this host may read is read from there, top layer
     * first as overlayfs would; everything else (a missing or deleted path,
     * whose message lists what is beside it, and any path whose answer the
     * layers alone might not give exactly) through a helper container.
     *
     * @param image the image's inspect answer as JSON
     */
    public FileView inImage(String reference, JsonNode image, String path) {
        String absolute = absolute(path);
        return seen.computeIfAbsent("i:" + reference + ":" + absolute, key -> fromLayers(overlayLayers(image), absolute)
                .orElseGet(() -> archive.read(helpers.forImage(reference), absolute)));
    }

    /** An overlay image's layer folders (overlay2, Podman's overlay), top first; empty for any other storage driver. */
    private static List<String> overlayLayers(JsonNode image) {
        JsonNode driver = image.path("GraphDriver");
        String upper = driver.path("Data").path("UpperDir").asText("");
        if (!StorageDriver.showsOverlayDirectories(driver.path("Name").asText()) || upper.isEmpty()) {
            return List.of();
        }
        List<String> layers = new ArrayList<>(List.of(upper));
        Arrays.stream(driver.path("Data").path("LowerDir").asText("").split(":"))
                .filter(lower -> !lower.isBlank()).forEach(layers::add);
        return layers;
    }

    /**
     * The path as the topmost layer holding it has it, when that is exactly
     * what a container of the image sees: no folder on its way exists in a
     * layer above (it could be opaque, hiding what lies below), and no link
     * or whiteout is on the way. Empty otherwise, and when the path is in no
     * layer or deleted by a whiteout.
     */
    private Optional<FileView> fromLayers(List<String> layers, String absolute) {
        for (int layer = 0; layer < layers.size(); layer++) {
            Optional<FileView> view = fromHost(layers.get(layer), absolute, absolute);
            if (view.isEmpty() || view.get().kind() == FileView.Kind.WHITEOUT) {
                return Optional.empty();
            }
            if (view.get().exists()) {
                return onTheWayAbove(layers.subList(0, layer), absolute) ? Optional.empty() : view;
            }
        }
        return Optional.empty();
    }

    private static boolean onTheWayAbove(List<String> layersAbove, String absolute) {
        return layersAbove.stream().anyMatch(layer -> ContainerPaths.foldersOn(absolute).stream()
                .anyMatch(folder -> Files.exists(Path.of(layer, folder), LinkOption.NOFOLLOW_LINKS)));
    }

    /**
     * {@code path} inside the first of the directories, given all directories of
     * the group so that one helper serves them all.
     */
    public FileView inDirectory(List<String> group, int index, String path) {
        String directory = group.get(index);
        String inside = absolute(path);
        return seen.computeIfAbsent("d:" + directory + ":" + inside, key -> fromHost(directory, inside, inside)
                .orElseGet(() -> relabel(archive.read(helpers.forDirectories(group),
                        HelperContainers.directoryMount(index) + inside), inside)));
    }

    /**
     * The path read straight from the host's disk, or empty when the daemon
     * must be asked: its folder is not readable here, the path passes through
     * a symbolic link (the host would follow it out of the folder), or a file
     * on the way may not be read by this user.
     */
    private Optional<FileView> fromHost(String root, String inside, String shown) {
        if (!readable(root)) {
            return Optional.empty();
        }
        try {
            return HostFiles.readConfined(Path.of(root), inside, shown);
        } catch (UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    private boolean readable(String directory) {
        // a daemon on another host, or files this user may not read: the API reads them instead
        if (!hostMayRead || directory == null) {
            return false;
        }
        Path path = Path.of(directory);
        return Files.isDirectory(path) && Files.isReadable(path) && Files.isExecutable(path);
    }

    /** The path from the root the folder stands for, {@code ..} and all resolved there: it never leaves it. */
    private static String absolute(String path) {
        return ContainerPaths.normalise(path);
    }

    /** Shows the path as the learner named it, not as the helper mounts it. */
    private static FileView relabel(FileView view, String path) {
        return new FileView(path, view.kind(), view.content(), view.neighbours());
    }

    @Override
    public void close() {
        helpers.close();
    }
}
