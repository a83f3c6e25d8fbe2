package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import dev.dockerlab.docker.DaemonFiles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Volume assertions: existence, who uses it, labels, and its files (read without changing it). */
final class VolumeChecks {

    private final DockerState state;
    private final DaemonFiles files;

    VolumeChecks(DockerState state, DaemonFiles files) {
        this.state = state;
        this.files = files;
    }

    Verdict check(VolumeAssertion assertion) {
        String name = assertion.name();
        Optional<InspectVolumeResponse> found = state.volume(name);
        if (assertion.kind() == VolumeAssertion.Kind.ABSENT) {
            return Verdict.of(found.isEmpty(), found.isEmpty() ? missing(name) : exists(name));
        }
        if (found.isEmpty()) {
            return Verdict.of(false, missing(name));
        }
        InspectVolumeResponse volume = found.get();
        String where = "volume " + name;
        return switch (assertion.kind()) {
            case EXISTS -> Verdict.of(true, exists(name));
            case USED_BY -> usedBy(name, assertion.object());
            case UNUSED -> Verdict.of(users(name).isEmpty(), usage(name));
            case HAS_LABEL -> label(volume, assertion.object(), assertion.text());
            case HAS_FILE -> FileFacts.hasFile(where, read(volume, assertion.path()));
            case HAS_NO_FILE -> FileFacts.hasNoFile(where, read(volume, assertion.path()));
            case FILE_CONTAINS -> FileFacts.contains(where, read(volume, assertion.path()), assertion.text());
            default -> throw new IllegalArgumentException(assertion.kind().name());
        };
    }

    /** "there is no volume named web-site; did you mean website?" */
    private String missing(String name) {
        return "there is no volume named " + name + NearMiss.suggestion(name, state::volumeNames);
    }

    private dev.dockerlab.docker.FileView read(InspectVolumeResponse volume, String path) {
        return files.inVolume(volume.getName(), volume.getMountpoint(), path);
    }

    private String exists(String name) {
        return "volume " + name + " exists; " + usage(name).substring(("volume " + name + " ").length());
    }

    private Verdict usedBy(String name, String container) {
        return Verdict.of(users(name).contains(container), usage(name));
    }

    private String usage(String name) {
        List<String> users = users(name);
        return "volume " + name + (users.isEmpty() ? " is used by no container" : " is used by " + String.join(", ", users));
    }

    /** Names of the containers, running or not, that mount the volume. */
    private List<String> users(String volume) {
        return state.containers().stream()
                .filter(container -> mounts(container, volume))
                .map(container -> container.getNames() == null || container.getNames().length == 0
                        ? container.getId().substring(0, 12) : container.getNames()[0].replaceFirst("^/", ""))
                .sorted()
                .toList();
    }

    private static boolean mounts(Container container, String volume) {
        return container.getMounts() != null
                && container.getMounts().stream().map(ContainerMount::getName).anyMatch(volume::equals);
    }

    private static Verdict label(InspectVolumeResponse volume, String key, String value) {
        Map<String, String> labels = volume.getLabels() == null ? Map.of() : volume.getLabels();
        boolean holds = value.equals(labels.get(key));
        String seen = labels.isEmpty() ? "volume " + volume.getName() + " has no labels"
                : "volume " + volume.getName() + " has labels " + labels.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).sorted().toList();
        return Verdict.of(holds, seen);
    }
}
