package dev.dockerlab.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What existed when an exercise started (after its setup), so a check can
 * tell the very object from one made again under its name: each container's
 * ID and the volumes it had mounted, and each volume's creation time. Kept in
 * the learner's progress, so a restart of dockerlab keeps the start.
 *
 * @param containers by name
 * @param volumes    creation time (CreatedAt) by volume name
 */
public record StartState(Map<String, ContainerAtStart> containers, Map<String, String> volumes) {

    /** Nothing was recorded: identity checks say so instead of guessing. */
    public static final StartState UNRECORDED = new StartState(null, null);

    public StartState {
        containers = containers == null ? null : Map.copyOf(containers);
        volumes = volumes == null ? null : Map.copyOf(volumes);
    }

    /**
     * @param volumeAt the name of the volume mounted at each path, by path
     */
    public record ContainerAtStart(String id, Map<String, String> volumeAt) {

        public ContainerAtStart {
            volumeAt = volumeAt == null ? Map.of() : Map.copyOf(volumeAt);
        }

        /** The paths of its volume mounts, for an observed fact. */
        public List<String> paths() {
            return volumeAt.keySet().stream().sorted().toList();
        }
    }

    public boolean recorded() {
        return containers != null && volumes != null;
    }

    public Optional<ContainerAtStart> container(String name) {
        return recorded() ? Optional.ofNullable(containers.get(name)) : Optional.empty();
    }

    public Optional<String> volumeCreated(String name) {
        return recorded() ? Optional.ofNullable(volumes.get(name)) : Optional.empty();
    }
}
