package dev.dockerlab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.Labels;
import dev.dockerlab.docker.ObjectKind;
import dev.dockerlab.docker.RawInspect;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The daemon's state as one evaluation sees it. Each container, volume and
 * image is inspected at most once, the container list is fetched at most once,
 * so a checklist of twenty lines about one container costs one inspect.
 * Safe to share between the threads of one evaluation.
 */
public final class DockerState {

    private final DockerClient client;
    private final RawInspect raw;
    private final Map<String, Optional<JsonNode>> containerTrees = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectContainerResponse>> containers = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectVolumeResponse>> volumes = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> imageTrees = new ConcurrentHashMap<>();
    private final Map<String, Optional<InspectImageResponse>> images = new ConcurrentHashMap<>();
    private final Map<String, List<ChangeLog>> diffs = new ConcurrentHashMap<>();
    private List<Container> allContainers;
    private List<String> volumeNames;
    private List<String> imageReferences;

    public DockerState(DockerConnection connection) {
        this.client = connection.client();
        this.raw = new RawInspect(connection);
    }

    public DockerClient client() {
        return client;
    }

    public Optional<InspectContainerResponse> container(String name) {
        return containers.computeIfAbsent(name, key -> containerTree(key)
                .map(tree -> RawInspect.as(tree, InspectContainerResponse.class)));
    }

    /** The same inspect answer as a JSON tree, for the fields docker-java's model leaves out. */
    public Optional<JsonNode> containerTree(String name) {
        return containerTrees.computeIfAbsent(name, key -> raw.inspect(ObjectKind.CONTAINER, key));
    }

    public Optional<InspectVolumeResponse> volume(String name) {
        return volumes.computeIfAbsent(name, key -> raw.inspect(ObjectKind.VOLUME, key)
                .map(tree -> RawInspect.as(tree, InspectVolumeResponse.class)));
    }

    public Optional<InspectImageResponse> image(String reference) {
        return images.computeIfAbsent(reference, key -> imageTree(key)
                .map(tree -> RawInspect.as(tree, InspectImageResponse.class)));
    }

    /** The same inspect answer as a JSON tree, for GraphDriver.Data. */
    public Optional<JsonNode> imageTree(String reference) {
        return imageTrees.computeIfAbsent(reference, key -> raw.inspect(ObjectKind.IMAGE, key));
    }

    public List<ChangeLog> diff(String containerId) {
        return diffs.computeIfAbsent(containerId, id -> {
            List<ChangeLog> changes = client.containerDiffCmd(id).exec();
            return changes == null ? List.of() : changes;
        });
    }

    /** The names of every container {@link #containers()} lists. */
    public List<String> containerNames() {
        return containers().stream()
                .flatMap(container -> container.getNames() == null ? Stream.empty() : Arrays.stream(container.getNames()))
                .map(name -> name.replaceFirst("^/", ""))
                .toList();
    }

    public synchronized List<String> volumeNames() {
        if (volumeNames == null) {
            List<InspectVolumeResponse> volumes = client.listVolumesCmd().exec().getVolumes();
            volumeNames = volumes == null ? List.of() : volumes.stream().map(InspectVolumeResponse::getName).toList();
        }
        return volumeNames;
    }

    /** Every tag of every image ({@code busybox:1.36}); untagged images have none. */
    public synchronized List<String> imageReferences() {
        if (imageReferences == null) {
            imageReferences = client.listImagesCmd().exec().stream()
                    .flatMap(image -> image.getRepoTags() == null ? Stream.empty() : Arrays.stream(image.getRepoTags()))
                    .filter(tag -> !tag.equals("<none>:<none>"))
                    .toList();
        }
        return imageReferences;
    }

    /** Every container but dockerlab's own read helpers, running or not. */
    public synchronized List<Container> containers() {
        if (allContainers == null) {
            allContainers = client.listContainersCmd().withShowAll(true).exec().stream()
                    .filter(container -> container.getLabels() == null || !container.getLabels().containsKey(Labels.HELPER))
                    .toList();
        }
        return allContainers;
    }
}
