package dev.dockerlab.check;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.StartState.ContainerAtStart;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Records what exists as the start of an exercise: one list of containers
 * (their IDs and volume mounts come with it) and the volumes' creation times.
 */
final class StartRecorder {

    private StartRecorder() {
    }

    static StartState record(DockerState state) {
        Map<String, ContainerAtStart> containers = new HashMap<>();
        for (Container container : state.containers()) {
            Map<String, String> volumeAt = new HashMap<>();
            if (container.getMounts() != null) {
                for (ContainerMount mount : container.getMounts()) {
                    if (mount.getName() != null && !mount.getName().isEmpty() && mount.getDestination() != null) {
                        volumeAt.put(MountChecks.normalise(mount.getDestination()), mount.getName());
                    }
                }
            }
            ContainerAtStart atStart = new ContainerAtStart(container.getId(), volumeAt);
            if (container.getNames() != null) {
                Arrays.stream(container.getNames()).map(name -> name.replaceFirst("^/", ""))
                        .forEach(name -> containers.put(name, atStart));
            }
        }
        Map<String, String> volumes = new HashMap<>();
        for (String name : state.volumeNames()) {
            state.volume(name).ifPresent(volume -> volumes.put(name, state.volumeIdentity(volume)));
        }
        return new StartState(containers, volumes);
    }
}
