package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.StartState.ContainerAtStart;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.model.VolumeAssertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an object is the very one that existed when the exercise started:
 * a container by its ID, a volume by its creation time (a volume made again
 * under the same name gets a new one), a volume a container had by its name.
 * Without a recorded start these cannot look, and say so.
 */
final class IdentityChecks {

    static final String UNRECORDED = "the start of this exercise was not recorded, so nothing can be compared with it";

    private final DockerState state;
    private final StartState start;

    IdentityChecks(DockerState state, StartState start) {
        this.state = state;
        this.start = start;
    }

    Verdict container(ContainerAssertion.Identity claim) {
        if (!start.recorded()) {
            return Verdict.unknown(UNRECORDED);
        }
        String name = claim.name();
        Optional<InspectContainerResponse> now = state.container(name);
        if (now.isEmpty()) {
            return Verdict.of(false, "there is no container named " + name + " now");
        }
        Optional<ContainerAtStart> then = start.container(name);
        if (then.isEmpty()) {
            return Verdict.of(!claim.same(), "container " + name + " is new: no container had that name when the exercise started");
        }
        boolean same = then.get().id().equals(now.get().getId());
        return Verdict.of(same == claim.same(), same
                ? "container " + name + " is still the one from the start (ID " + shortId(now.get().getId()) + ")"
                : "container " + name + " is a new one: ID " + shortId(now.get().getId()) + ", created"
                + Observed.ago(now.get().getCreated()) + "; at the start it was " + shortId(then.get().id()));
    }

    Verdict mountsStartVolume(ContainerAssertion.MountsStartVolume claim) {
        if (!start.recorded()) {
            return Verdict.unknown(UNRECORDED);
        }
        Optional<ContainerAtStart> other = start.container(claim.other());
        if (other.isEmpty()) {
            return Verdict.of(false, "no container was named " + claim.other() + " when the exercise started");
        }
        String path = MountChecks.normalise(claim.path());
        String volume = other.get().volumeAt().get(path);
        if (volume == null) {
            return Verdict.of(false, "when the exercise started, " + claim.other() + " had no volume at " + path
                    + (other.get().volumeAt().isEmpty() ? "" : "; it had volumes at " + String.join(", ", other.get().paths())));
        }
        JsonNode tree = state.containerTree(claim.name()).orElseThrow();
        List<String> volumesNow = new ArrayList<>();
        for (JsonNode mount : tree.path("Mounts")) {
            if ("volume".equals(mount.path("Type").asText())) {
                String name = mount.path("Name").asText();
                String at = mount.path("Destination").asText();
                if (name.equals(volume)) {
                    return Verdict.of(true, "container " + claim.name() + " mounts " + volumeName(volume) + " at " + at
                            + ", the volume " + claim.other() + " had at " + path);
                }
                volumesNow.add(volumeName(name) + " at " + at);
            }
        }
        return Verdict.of(false, claim.other() + " had " + volumeName(volume) + " at " + path + "; container " + claim.name()
                + (volumesNow.isEmpty() ? " mounts no volume" : " mounts " + String.join(", ", volumesNow)));
    }

    Verdict volume(VolumeAssertion.Identity claim) {
        if (!start.recorded()) {
            return Verdict.unknown(UNRECORDED);
        }
        String name = claim.name();
        Optional<String> now = state.volume(name).map(state::volumeIdentity);
        if (now.isEmpty()) {
            return Verdict.of(false, "there is no volume named " + name + " now");
        }
        Optional<String> then = start.volumeCreated(name);
        if (then.isEmpty()) {
            return Verdict.of(!claim.same(), "volume " + name + " is new: no volume had that name when the exercise started");
        }
        boolean same = then.get().equals(now.get());
        return Verdict.of(same == claim.same(), same
                ? "volume " + name + " is still the one from the start (created " + then.get() + ")"
                : "volume " + name + " is a new one: created " + now.get() + "; the one at the start was created " + then.get());
    }

    /** An anonymous volume's 64 hex digits shortened as docker shows IDs; a named volume as it is. */
    private static String volumeName(String name) {
        return name.matches("[0-9a-f]{64}") ? "anonymous volume " + shortId(name) : "volume " + name;
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
