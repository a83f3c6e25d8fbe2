package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import dev.dockerlab.docker.ContainerLayers;
import dev.dockerlab.docker.DaemonFiles;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.FileView;
import dev.dockerlab.docker.HelperContainers;
import dev.dockerlab.docker.ImageReference;
import dev.dockerlab.docker.Labels;
import dev.dockerlab.docker.ObjectKind;
import dev.dockerlab.docker.RawInspect;

import java.util.Arrays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The daemon's state as one evaluation sees it. Each container, volume and
 * image is inspected at most once, the container list is fetched at most once,
 * so a checklist of twenty lines about one container costs one inspect.
 * Safe to share between the threads of one evaluation.
 */
public final class LiveDockerState implements DockerState {

    private final DockerClient client;
    private final RawInspect raw;
    private final DaemonFiles files;
    private final ContainerStreams streams;
    private final ChangeTimes changeTimes;
    private final HelperContainers helpers;
    private final boolean hostMayRead;
    private final Map<String, Optional<JsonNode>> containerTrees = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectContainerResponse>> containers = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectVolumeResponse>> volumes = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> imageTrees = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectImageResponse>> images = new ConcurrentHashMap<>();
    private final Map<String, List<ChangeLog>> diffs = new ConcurrentHashMap<>();
    private final Map<String, Optional<ContainerLayers>> layers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> statedFolders = new ConcurrentHashMap<>();
    private List<Container> allContainers;
    private List<String> volumeNames;
    private List<String> imageReferences;

    /**
     * @param hostMayRead whether the daemon's directories may be read from this
     *                    host's file system when readable (a local daemon)
     */
    public LiveDockerState(DockerConnection connection, String labImage, boolean hostMayRead) {
        this.client = connection.client();
        this.raw = new RawInspect(connection);
        this.files = new DaemonFiles(client, labImage, hostMayRead);
        this.streams = new ContainerStreams(client);
        this.changeTimes = new ChangeTimes(client, streams, hostMayRead);
        this.hostMayRead = hostMayRead;
        this.helpers = new HelperContainers(client, labImage);
    }

    @Override
    public Optional<InspectContainerResponse> container(String name) {
        return containers.computeIfAbsent(name, key -> containerTree(key)
                .map(tree -> RawInspect.as(tree, InspectContainerResponse.class)));
    }

    @Override
    public Optional<JsonNode> containerTree(String name) {
        return containerTrees.computeIfAbsent(name, key -> raw.inspect(ObjectKind.CONTAINER, key));
    }

    @Override
    public Optional<InspectVolumeResponse> volume(String name) {
        return volumes.computeIfAbsent(name, key -> raw.inspect(ObjectKind.VOLUME, key)
                .map(tree -> RawInspect.as(tree, InspectVolumeResponse.class)));
    }

    @Override
    public Optional<InspectImageResponse> image(String reference) {
        return images.computeIfAbsent(reference, key -> imageTree(key)
                .map(tree -> RawInspect.as(tree, InspectImageResponse.class)));
    }

    @Override
    public Optional<JsonNode> imageTree(String reference) {
        return imageTrees.computeIfAbsent(reference, key -> raw.inspect(ObjectKind.IMAGE, key));
    }

    @Override
    public List<ChangeLog> diff(String containerId) {
        return diffs.computeIfAbsent(containerId, id -> {
            List<ChangeLog> changes = client.containerDiffCmd(id).exec();
            return changes == null ? List.of() : changes;
        });
    }

    @Override
    public synchronized List<String> volumeNames() {
        if (volumeNames == null) {
            List<InspectVolumeResponse> volumes = client.listVolumesCmd().exec().getVolumes();
            volumeNames = volumes == null ? List.of() : volumes.stream().map(InspectVolumeResponse::getName).toList();
        }
        return volumeNames;
    }

    @Override
    public synchronized List<String> imageReferences() {
        if (imageReferences == null) {
            imageReferences = client.listImagesCmd().exec().stream()
                    .flatMap(image -> image.getRepoTags() == null ? Stream.empty() : Arrays.stream(image.getRepoTags()))
                    .filter(tag -> !tag.equals("<none>:<none>"))
                    .map(ImageReference::shortName)
                    .toList();
        }
        return imageReferences;
    }

    @Override
    public synchronized List<Container> containers() {
        if (allContainers == null) {
            allContainers = client.listContainersCmd().withShowAll(true).exec().stream()
                    .filter(container -> container.getLabels() == null || !container.getLabels().containsKey(Labels.HELPER))
                    .toList();
        }
        return allContainers;
    }

    @Override
    public FileView containerFile(String container, String path) {
        return files.inContainer(containerTree(container).orElseThrow(), path);
    }

    @Override
    public FileView volumeFile(InspectVolumeResponse volume, String path) {
        return files.inVolume(volume.getName(), volume.getMountpoint(), path);
    }

    @Override
    public FileView imageFile(String reference, String path) {
        return files.inImage(reference, imageTree(reference).orElseThrow(), path);
    }

    /** Asked once per container: on the containerd image store each answer costs an exec. */
    @Override
    public Optional<ContainerLayers> layers(String name) {
        return layers.computeIfAbsent(name, DockerState.super::layers);
    }

    @Override
    public FileView layerFile(List<String> layers, int index, String path) {
        return files.inDirectory(layers, index, path);
    }

    @Override
    public ProcessOutput logs(String containerId) {
        return streams.logs(containerId);
    }

    @Override
    public ProcessOutput fetch(String containerId, String url) {
        return streams.fetch(containerId, url);
    }

    /**
     * The local driver takes a volume's CreatedAt from the change time of its
     * folder (the one above {@code _data}); read with nanoseconds, it tells a
     * volume removed and made again in the same second from the first. Read
     * here when this host may, else by one helper per evaluation that stats
     * every volume folder beside it (see {@link #folderTimes} for its cost).
     */
    @Override
    public String volumeIdentity(InspectVolumeResponse volume) {
        String created = VolumeChecks.createdAt(volume);
        Optional<Path> folder = Optional.ofNullable(volume.getMountpoint()).map(Path::of).map(Path::getParent)
                .filter(path -> path.getParent() != null && path.getFileName() != null);
        if (folder.isEmpty()) {
            return created;
        }
        return changedHere(folder.get())
                .or(() -> Optional.ofNullable(folderTimes(folder.get().getParent().toString()).get(folder.get().getFileName().toString())))
                .orElse(created);
    }

    private Optional<String> changedHere(Path folder) {
        if (!hostMayRead) {
            return Optional.empty();
        }
        try {
            Object changed = Files.getAttribute(folder, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return changed instanceof FileTime time ? Optional.of(time.toInstant().toString()) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException notHere) {
            return Optional.empty();
        }
    }

    /**
     * The change time of each entry of {@code parent} (of the daemon's host), by
     * name, as {@code stat} prints it in a helper that mounts the folder
     * read-only; asked once per evaluation, and empty when the helper cannot run.
     * Costs a container's create, start, wait, logs and removal, once for all
     * volumes: 0.8 to 1.2 s measured on a loaded two-core host, less when idle.
     */
    private Map<String, String> folderTimes(String parent) {
        return statedFolders.computeIfAbsent(parent, key -> {
            String inside = HelperContainers.directoryMount();
            try {
                String helper = helpers.ranOver(parent, List.of("sh", "-c", "cd " + inside + " && stat -c '%z|%n' -- *"));
                Map<String, String> times = new HashMap<>();
                for (String line : streams.logs(helper).stdout().split("\\n")) {
                    String[] fields = line.split("\\|", 2);
                    if (fields.length == 2) {
                        StatTime.parse(fields[0]).ifPresent(time -> times.put(fields[1], time.instant().toString()));
                    }
                }
                return times;
            } catch (DockerException | DockerClientException cannotRun) {
                return Map.of();
            }
        });
    }

    @Override
    public List<FileChange> changeTimes(JsonNode container, Optional<String> path) {
        String name = container.path("Name").asText("").replaceFirst("^/", "");
        return changeTimes.of(container, layers(name).map(ContainerLayers::upper), path);
    }

    @Override
    public ProcessOutput exec(String containerId, List<String> command) {
        return streams.exec(containerId, command);
    }

    @Override
    public void close() {
        files.close();
        helpers.close();
    }
}
