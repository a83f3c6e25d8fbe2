package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.dockerlab.docker.DaemonFiles;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Container assertions: life cycle, image and volumes-from here; mounts, files and the network elsewhere. */
final class ContainerChecks {

    private final DockerState state;
    private final MountChecks mounts = new MountChecks();
    private final ContainerFileChecks files;
    private final ContainerProcessChecks processes;

    ContainerChecks(DockerState state, DaemonFiles daemonFiles) {
        this.state = state;
        this.files = new ContainerFileChecks(state, daemonFiles);
        this.processes = new ContainerProcessChecks(state.client());
    }

    Verdict check(ContainerAssertion assertion) {
        Optional<InspectContainerResponse> found = state.container(assertion.name());
        if (assertion.kind() == ContainerAssertion.Kind.ABSENT) {
            return Verdict.of(found.isEmpty(), found.isEmpty() ? missing(assertion.name()) : life(assertion.name(), found.get()));
        }
        if (found.isEmpty()) {
            return Verdict.of(false, missing(assertion.name()));
        }
        InspectContainerResponse container = found.get();
        String name = assertion.name();
        return switch (assertion.kind()) {
            case EXISTS -> Verdict.of(true, life(name, container));
            case RUNNING -> Verdict.of(isRunning(container), life(name, container));
            case STOPPED -> Verdict.of(!isRunning(container), life(name, container));
            case EXITED_WITH -> Verdict.of(hasExitedWith(container, assertion.number()), life(name, container));
            case USES_IMAGE -> usesImage(name, container, assertion.object());
            case HAS_VOLUMES_FROM -> volumesFrom(name, container, assertion.object());
            case MOUNTS_VOLUME, MOUNTS_ANONYMOUS_VOLUME, MOUNTS_BIND, MOUNTS_TMPFS, HAS_NO_MOUNT ->
                    mounts.check(assertion, state.containerTree(name).orElseThrow());
            case SERVES, LOGS_CONTAIN -> processes.check(assertion, container, life(name, container));
            default -> files.check(assertion, container);
        };
    }

    /** "there is no container named cow-web; did you mean cow_web?" */
    private String missing(String name) {
        return "there is no container named " + name + NearMiss.suggestion(name, state::containerNames);
    }

    static boolean isRunning(InspectContainerResponse container) {
        return Boolean.TRUE.equals(container.getState().getRunning());
    }

    private static boolean hasExitedWith(InspectContainerResponse container, int code) {
        InspectContainerResponse.ContainerState life = container.getState();
        return "exited".equals(life.getStatus()) && life.getExitCodeLong() != null && life.getExitCodeLong() == code;
    }

    /** "container web is running", "container web exists but exited with code 1 2 minutes ago"... */
    static String life(String name, InspectContainerResponse container) {
        InspectContainerResponse.ContainerState life = container.getState();
        String status = String.valueOf(life.getStatus());
        return switch (status) {
            case "running" -> "container " + name + " is running (started" + Observed.ago(life.getStartedAt()) + ")";
            case "paused" -> "container " + name + " exists but is paused";
            case "restarting" -> "container " + name + " exists but keeps restarting (last exit code " + life.getExitCodeLong() + ")";
            case "created" -> "container " + name + " exists but was never started";
            case "exited" -> "container " + name + " exists but exited with code " + life.getExitCodeLong()
                    + Observed.ago(life.getFinishedAt());
            default -> "container " + name + " exists and is " + status;
        };
    }

    private Verdict usesImage(String name, InspectContainerResponse container, String reference) {
        String configured = container.getConfig() == null ? null : container.getConfig().getImage();
        boolean sameName = reference.equals(configured);
        boolean sameImage = state.image(reference).map(image -> image.getId().equals(container.getImageId())).orElse(false);
        return Verdict.of(sameName || sameImage, "container " + name + " was created from image " + configured);
    }

    private Verdict volumesFrom(String name, InspectContainerResponse container, String server) {
        VolumesFrom[] from = container.getHostConfig() == null ? null : container.getHostConfig().getVolumesFrom();
        if (from == null || from.length == 0) {
            return Verdict.of(false, "container " + name + " was started without --volumes-from");
        }
        Optional<String> serverId = state.container(server).map(InspectContainerResponse::getId);
        boolean named = Arrays.stream(from).map(VolumesFrom::getContainer)
                .anyMatch(source -> source.equals(server) || serverId.map(id -> id.startsWith(source)).orElse(false));
        return Verdict.of(named, "container " + name + " has volumes from "
                + Arrays.stream(from).map(VolumesFrom::getContainer).collect(Collectors.joining(", ")));
    }
}
