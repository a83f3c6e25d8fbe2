package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import dev.dockerlab.docker.FileView;
import dev.dockerlab.docker.RawInspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A daemon's state written down: inspect answers as the JSON {@code docker
 * inspect} prints, files by where they are, and what processes wrote. A path
 * nobody wrote down is absent. Every question asked is noted, in order.
 */
final class FakeDockerState implements DockerState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> containers = new HashMap<>();
    private final Map<String, JsonNode> volumes = new HashMap<>();
    private final Map<String, JsonNode> images = new HashMap<>();
    private final Map<String, List<ChangeLog>> diffs = new HashMap<>();
    private final Map<String, FileView> files = new HashMap<>();
    private final Map<String, ProcessOutput> outputs = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private Consumer<String> onQuestion = question -> { };
    private boolean closed;

    FakeDockerState withContainer(String json) {
        JsonNode tree = tree(json);
        containers.put(tree.path("Name").asText().replaceFirst("^/", ""), tree);
        return this;
    }

    FakeDockerState withVolume(String json) {
        JsonNode tree = tree(json);
        volumes.put(tree.path("Name").asText(), tree);
        return this;
    }

    FakeDockerState withImage(String reference, String json) {
        images.put(reference, tree(json));
        return this;
    }

    /** {@code docker diff}: "A /newfile", "C /etc", "D /etc/group". */
    FakeDockerState withDiff(String containerId, String... lines) {
        List<ChangeLog> changes = new ArrayList<>();
        for (String line : lines) {
            int kind = switch (line.charAt(0)) {
                case 'A' -> 1;
                case 'D' -> 2;
                default -> 0;
            };
            changes.add(RawInspect.as(tree("{\"Kind\": " + kind + ", \"Path\": \"" + line.substring(2) + "\"}"), ChangeLog.class));
        }
        diffs.put(containerId, changes);
        return this;
    }

    /** A file in a container, a volume ("volume:NAME"), an image ("image:REF") or a layer directory ("layer:DIR"). */
    FakeDockerState withFile(String place, String path, FileView.Kind kind, String content) {
        files.put(place + ":" + path, new FileView(path, kind, content, List.of()));
        return this;
    }

    FakeDockerState withLogs(String containerId, String stdout) {
        outputs.put("logs:" + containerId, ProcessOutput.finished(stdout, "", () -> null));
        return this;
    }

    FakeDockerState withPage(String containerId, String url, ProcessOutput output) {
        outputs.put("fetch:" + containerId + ":" + url, output);
        return this;
    }

    /** Runs before each question is answered: to note the order in a shared place, or to fail. */
    FakeDockerState onQuestion(Consumer<String> action) {
        onQuestion = action;
        return this;
    }

    List<String> asked() {
        return asked;
    }

    boolean closed() {
        return closed;
    }

    private void ask(String question) {
        asked.add(question);
        onQuestion.accept(question);
    }

    @Override
    public Optional<JsonNode> containerTree(String name) {
        ask("container " + name);
        return Optional.ofNullable(containers.get(name));
    }

    @Override
    public Optional<InspectVolumeResponse> volume(String name) {
        ask("volume " + name);
        return Optional.ofNullable(volumes.get(name)).map(tree -> RawInspect.as(tree, InspectVolumeResponse.class));
    }

    @Override
    public Optional<JsonNode> imageTree(String reference) {
        ask("image " + reference);
        return Optional.ofNullable(images.get(reference));
    }

    @Override
    public List<ChangeLog> diff(String containerId) {
        ask("diff " + containerId);
        return diffs.getOrDefault(containerId, List.of());
    }

    /** The containers, as {@code docker ps -a} lists them, with the volumes they mount. */
    @Override
    public List<Container> containers() {
        ask("containers");
        List<Container> listed = new ArrayList<>();
        containers.forEach((name, tree) -> {
            StringBuilder mounts = new StringBuilder();
            for (JsonNode mount : tree.path("Mounts")) {
                mounts.append(mounts.length() == 0 ? "" : ",").append("{\"Name\": ").append(mount.path("Name").isMissingNode() ? "null" : mount.path("Name")).append("}");
            }
            listed.add(RawInspect.as(tree("{\"Id\": " + tree.path("Id") + ", \"Names\": [\"/" + name + "\"], \"Mounts\": ["
                    + mounts + "]}"), Container.class));
        });
        return listed;
    }

    @Override
    public List<String> volumeNames() {
        ask("volumes");
        return List.copyOf(volumes.keySet());
    }

    @Override
    public List<String> imageReferences() {
        ask("images");
        return List.copyOf(images.keySet());
    }

    @Override
    public FileView containerFile(String container, String path) {
        return read(container, path);
    }

    @Override
    public FileView volumeFile(InspectVolumeResponse volume, String path) {
        return read("volume:" + volume.getName(), path);
    }

    @Override
    public FileView imageFile(String reference, String path) {
        return read("image:" + reference, path);
    }

    @Override
    public FileView layerFile(List<String> layers, int index, String path) {
        return read("layer:" + layers.get(index), path);
    }

    private FileView read(String place, String path) {
        ask("file " + place + ":" + path);
        return files.getOrDefault(place + ":" + path, FileView.absent(path, List.of()));
    }

    @Override
    public ProcessOutput logs(String containerId) {
        ask("logs " + containerId);
        return outputs.getOrDefault("logs:" + containerId, ProcessOutput.finished("", "", () -> null));
    }

    @Override
    public ProcessOutput fetch(String containerId, String url) {
        ask("fetch " + url);
        return outputs.getOrDefault("fetch:" + containerId + ":" + url,
                ProcessOutput.finished("", "wget: can't connect to remote host (127.0.0.1): Connection refused", () -> 1L));
    }

    @Override
    public void close() {
        closed = true;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
