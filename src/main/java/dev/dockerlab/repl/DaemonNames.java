package dev.dockerlab.repl;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import dev.dockerlab.Lab;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The names Tab offers from the daemon. Only once it is connected: Tab never
 * waits for Docker, and a daemon that stops answering offers no names.
 */
interface DaemonNames {

    List<String> containers();

    List<String> volumes();

    /** Tags, like {@code busybox:1.36}; untagged images have none. */
    List<String> images();

    static DaemonNames of(LabConnection lab) {
        return new DaemonNames() {
            @Override
            public List<String> containers() {
                return ask(lab, client -> client.listContainersCmd().withShowAll(true).exec().stream()
                        .flatMap(container -> names(container.getNames()))
                        .map(name -> name.replaceFirst("^/", "")));
            }

            @Override
            public List<String> volumes() {
                return ask(lab, client -> Optional.ofNullable(client.listVolumesCmd().exec().getVolumes())
                        .orElse(List.of()).stream().map(InspectVolumeResponse::getName));
            }

            @Override
            public List<String> images() {
                return ask(lab, client -> client.listImagesCmd().exec().stream()
                        .flatMap(image -> names(image.getRepoTags()))
                        .filter(tag -> !tag.equals("<none>:<none>")));
            }
        };
    }

    private static Stream<String> names(String[] names) {
        return names == null ? Stream.empty() : Arrays.stream(names);
    }

    private static List<String> ask(LabConnection lab, Function<DockerClient, Stream<String>> question) {
        Optional<Lab> ready = lab.ifReady();
        if (ready.isEmpty()) {
            return List.of();
        }
        try {
            return question.apply(ready.get().docker().client()).toList();
        } catch (RuntimeException daemonAway) {
            return List.of();
        }
    }
}
