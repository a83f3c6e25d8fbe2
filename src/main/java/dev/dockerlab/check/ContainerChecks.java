package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.dockerlab.docker.ImageReference;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.Verdict;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Container assertions: life cycle, image and volumes-from here; mounts, files
 * and processes in their own classes. One method per kind of claim, so the
 * compiler sends every new kind here.
 */
final class ContainerChecks implements ContainerAssertion.Visitor<Verdict> {

    private final DockerState state;
    private final MountChecks mounts;
    private final ContainerFileChecks files;
    private final ContainerProcessChecks processes;
    private final IdentityChecks identities;
    private final RestartChecks restarts;

    ContainerChecks(DockerState state, IdentityChecks identities, Path lab) {
        this.state = state;
        this.mounts = new MountChecks(state::containerTree);
        this.files = new ContainerFileChecks(state, lab);
        this.processes = new ContainerProcessChecks(state);
        this.identities = identities;
        this.restarts = new RestartChecks(state);
    }

    Verdict check(ContainerAssertion assertion) {
        return assertion.accept(this);
    }

    @Override
    public Verdict life(ContainerAssertion.Life claim) {
        String name = claim.name();
        Optional<InspectContainerResponse> found = state.container(name);
        if (found.isEmpty()) {
            return Verdict.of(claim.state() == ContainerAssertion.Life.State.ABSENT, missing(name));
        }
        InspectContainerResponse container = found.get();
        boolean holds = switch (claim.state()) {
            case EXISTS -> true;
            case ABSENT -> false;
            case RUNNING -> isRunning(container);
            case STOPPED -> !isRunning(container);
        };
        return Verdict.of(holds, life(name, container));
    }

    @Override
    public Verdict exitedWith(ContainerAssertion.ExitedWith claim) {
        return ifFound(claim, container -> Verdict.of(hasExitedWith(container, claim.code()), life(claim.name(), container)));
    }

    @Override
    public Verdict usesImage(ContainerAssertion.UsesImage claim) {
        return ifFound(claim, container -> usesImage(claim.name(), container, claim.image()));
    }

    @Override
    public Verdict volumesFrom(ContainerAssertion.VolumesFrom claim) {
        return ifFound(claim, container -> volumesFrom(claim.name(), container, claim.server()));
    }

    @Override
    public Verdict mount(ContainerAssertion.Mount claim) {
        return ifFound(claim, container -> mounts.mount(claim, state.containerTree(claim.name()).orElseThrow()));
    }

    @Override
    public Verdict noMount(ContainerAssertion.NoMount claim) {
        return ifFound(claim, container -> mounts.noMount(claim, state.containerTree(claim.name()).orElseThrow()));
    }

    @Override
    public Verdict file(ContainerAssertion.File claim) {
        return ifFound(claim, container -> files.file(claim, container));
    }

    @Override
    public Verdict diff(ContainerAssertion.Diff claim) {
        return ifFound(claim, container -> files.diff(claim, container));
    }

    @Override
    public Verdict upperLayer(ContainerAssertion.UpperLayer claim) {
        return ifFound(claim, container -> files.upperLayer(claim, container));
    }

    @Override
    public Verdict upperWhiteout(ContainerAssertion.UpperWhiteout claim) {
        return ifFound(claim, container -> files.upperWhiteout(claim, container));
    }

    @Override
    public Verdict lowerLayers(ContainerAssertion.LowerLayers claim) {
        return ifFound(claim, container -> files.lowerLayers(claim, container));
    }

    @Override
    public Verdict lowerLayerList(ContainerAssertion.LowerLayerList claim) {
        return ifFound(claim, container -> files.lowerLayerList(claim, container));
    }

    @Override
    public Verdict serves(ContainerAssertion.Serves claim) {
        return ifFound(claim, container -> processes.serves(claim, container, life(claim.name(), container)));
    }

    @Override
    public Verdict logs(ContainerAssertion.Logs claim) {
        return ifFound(claim, container -> processes.logs(claim, container));
    }

    @Override
    public Verdict identity(ContainerAssertion.Identity claim) {
        return identities.container(claim);
    }

    @Override
    public Verdict mountsStartVolume(ContainerAssertion.MountsStartVolume claim) {
        return ifFound(claim, container -> identities.mountsStartVolume(claim));
    }

    @Override
    public Verdict restarted(ContainerAssertion.Restarted claim) {
        return ifFound(claim, container -> restarts.restarted(claim, container));
    }

    /** Every claim but "is absent" fails, with a suggestion, when there is no such container. */
    private Verdict ifFound(ContainerAssertion claim, Function<InspectContainerResponse, Verdict> check) {
        return state.container(claim.name()).map(check).orElseGet(() -> Verdict.of(false, missing(claim.name())));
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
        boolean sameName = ImageReference.same(reference, configured);
        boolean sameImage = state.image(reference).map(image -> image.getId().equals(container.getImageId())).orElse(false);
        return Verdict.of(sameName || sameImage, "container " + name + " was created from image "
                + (configured == null ? "(unknown)" : ImageReference.shortName(configured)));
    }

    /** Docker names containers with a leading slash inside and takes a name with or without one. */
    private static String withoutSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private Verdict volumesFrom(String name, InspectContainerResponse container, String server) {
        VolumesFrom[] from = container.getHostConfig() == null ? null : container.getHostConfig().getVolumesFrom();
        if (from == null || from.length == 0) {
            return Verdict.of(false, "container " + name + " was started without --volumes-from");
        }
        Optional<String> serverId = state.container(withoutSlash(server)).map(InspectContainerResponse::getId);
        boolean named = Arrays.stream(from).map(VolumesFrom::getContainer).map(ContainerChecks::withoutSlash)
                .anyMatch(source -> source.equals(withoutSlash(server))
                        || serverId.map(id -> id.startsWith(source)).orElse(false)
                        || serverId.isPresent() && state.container(source).map(InspectContainerResponse::getId).equals(serverId));
        return Verdict.of(named, "container " + name + " has volumes from "
                + Arrays.stream(from).map(VolumesFrom::getContainer).collect(Collectors.joining(", ")));
    }
}
