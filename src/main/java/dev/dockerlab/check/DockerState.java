package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import dev.dockerlab.docker.ContainerLayers;
import dev.dockerlab.docker.FileView;
import dev.dockerlab.docker.RawInspect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every question the checks ask of Docker: inspect and list answers, files,
 * and what a container's processes say. {@link LiveDockerState} asks the
 * daemon; tests can answer from memory, so how checks judge is tested without
 * one. Answers are those of one moment: build a new state for the next pass.
 */
public interface DockerState extends AutoCloseable {

    /** The inspect answer as a JSON tree, for the fields docker-java's model leaves out. */
    Optional<JsonNode> containerTree(String name);

    default Optional<InspectContainerResponse> container(String name) {
        return containerTree(name).map(tree -> RawInspect.as(tree, InspectContainerResponse.class));
    }

    Optional<InspectVolumeResponse> volume(String name);

    /** The inspect answer as a JSON tree, for GraphDriver.Data. */
    Optional<JsonNode> imageTree(String reference);

    default Optional<InspectImageResponse> image(String reference) {
        return imageTree(reference).map(tree -> RawInspect.as(tree, InspectImageResponse.class));
    }

    /** {@code docker diff}. */
    List<ChangeLog> diff(String containerId);

    /** Every container but dockerlab's own read helpers, running or not. */
    List<Container> containers();

    /** The names of every container {@link #containers()} lists. */
    default List<String> containerNames() {
        return containers().stream()
                .flatMap(container -> container.getNames() == null ? Stream.empty() : Arrays.stream(container.getNames()))
                .map(name -> name.replaceFirst("^/", ""))
                .toList();
    }

    List<String> volumeNames();

    /** Every tag of every image ({@code busybox:1.36}); untagged images have none. */
    List<String> imageReferences();

    /** A path as the container, which exists, sees it. */
    FileView containerFile(String container, String path);

    /** {@code path} is relative to the volume's root. */
    FileView volumeFile(InspectVolumeResponse volume, String path);

    /** A path of the file system of an image, which exists. */
    FileView imageFile(String reference, String path);

    /**
     * The container's overlay layer folders: from {@code docker inspect}
     * (overlay2, Podman's overlay) or, on the containerd image store's
     * overlayfs, where inspect names none, from the root mount in the running
     * container's own mount table, read with {@code cat} in it: what {@code
     * docker exec NAME cat /proc/1/mountinfo} shows a learner too. Empty for a
     * container that is absent, not on an overlay, or on containerd and
     * stopped (its root is then unmounted, and nothing the API shows names its
     * snapshot).
     */
    default Optional<ContainerLayers> layers(String name) {
        return containerTree(name).flatMap(tree -> ContainerLayers.fromGraphDriver(tree).or(() -> {
            boolean snapshotter = tree.path("GraphDriver").path("Name").asText("").equals("overlayfs");
            if (!snapshotter || !tree.path("State").path("Running").asBoolean(false)) {
                return Optional.empty();
            }
            ProcessOutput mounts = exec(tree.path("Id").asText(), List.of("cat", "/proc/1/mountinfo"));
            return mounts.unfinished().isPresent() ? Optional.empty() : ContainerLayers.fromMountInfo(mounts.stdout());
        }));
    }

    /** A path in one directory of a group of overlay layer directories (LowerDir's, top first). */
    FileView layerFile(List<String> layers, int index, String path);

    /** The container's logs, stdout and stderr. */
    ProcessOutput logs(String containerId);

    /** The page at {@code url} as wget sees it from inside the container. */
    ProcessOutput fetch(String containerId, String url);

    /**
     * What tells this volume from one made again under its name: its
     * creation time, which the API gives to the second.
     */
    default String volumeIdentity(InspectVolumeResponse volume) {
        return VolumeChecks.createdAt(volume);
    }

    /** When the container's files changed: its whole writable layer, or one path (see {@link ChangeTimes}). */
    default List<FileChange> changeTimes(JsonNode container, Optional<String> path) {
        throw new UnsupportedOperationException("this state cannot read when files changed");
    }

    /** What {@code command} prints when run in the running container, bounded in time. */
    default ProcessOutput exec(String containerId, List<String> command) {
        throw new UnsupportedOperationException("this state cannot run commands in containers");
    }

    /** Removes whatever the answers needed (read helper containers). */
    @Override
    void close();
}
