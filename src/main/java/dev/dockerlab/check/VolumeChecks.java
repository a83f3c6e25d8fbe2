package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.model.VolumeAssertion;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Volume assertions: existence, who uses it, labels, and its files (read without changing it). */
final class VolumeChecks implements VolumeAssertion.Visitor<Verdict> {

    private final DockerState state;
    private final IdentityChecks identities;

    VolumeChecks(DockerState state, IdentityChecks identities) {
        this.state = state;
        this.identities = identities;
    }

    Verdict check(VolumeAssertion assertion) {
        return assertion.accept(this);
    }

    @Override
    public Verdict presence(VolumeAssertion.Presence claim) {
        String name = claim.name();
        boolean found = state.volume(name).isPresent();
        return Verdict.of(found == claim.exists(), found ? exists(name) : missing(name));
    }

    @Override
    public Verdict usedBy(VolumeAssertion.UsedBy claim) {
        return ifFound(claim, volume -> Verdict.of(users(claim.name()).contains(claim.container()), usage(claim.name())));
    }

    @Override
    public Verdict unused(VolumeAssertion.Unused claim) {
        return ifFound(claim, volume -> Verdict.of(users(claim.name()).isEmpty(), usage(claim.name())));
    }

    @Override
    public Verdict label(VolumeAssertion.Label claim) {
        return ifFound(claim, volume -> label(volume, claim.key(), claim.value()));
    }

    @Override
    public Verdict file(VolumeAssertion.File claim) {
        return ifFound(claim, volume -> FileFacts.judge(claim.claim(), "volume " + claim.name(), state.volumeFile(volume, claim.path())));
    }

    /** Every claim but presence fails, with a suggestion, when there is no such volume. */
    @Override
    public Verdict identity(VolumeAssertion.Identity claim) {
        return identities.volume(claim);
    }

    /** The volume's CreatedAt: docker-java's model leaves it out, so it is among the values it did not bind. */
    static String createdAt(InspectVolumeResponse volume) {
        Object created = volume.getRawValues() == null ? null : volume.getRawValues().get("CreatedAt");
        return created == null ? "" : created.toString();
    }

    private Verdict ifFound(VolumeAssertion claim, Function<InspectVolumeResponse, Verdict> check) {
        return state.volume(claim.name()).map(check).orElseGet(() -> Verdict.of(false, missing(claim.name())));
    }

    /** "there is no volume named web-site; did you mean website?" */
    private String missing(String name) {
        return "there is no volume named " + name + NearMiss.suggestion(name, state::volumeNames);
    }

    private String exists(String name) {
        return "volume " + name + " exists; " + usage(name).substring(("volume " + name + " ").length());
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
