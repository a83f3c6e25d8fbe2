package dev.dockerlab.bench;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.VolumeAssertion;

/** Groups checks by what they cost to answer, for the per-check table of the benchmark. */
final class CheckFamily {

    private CheckFamily() {
    }

    static String of(Assertion assertion) {
        Assertion inner = assertion instanceof Negation negation ? negation.inner() : assertion;
        if (inner instanceof ContainerAssertion container) {
            return container.accept(new ContainerAssertion.Visitor<>() {
                @Override
                public String life(ContainerAssertion.Life life) {
                    return "container state";
                }

                @Override
                public String exitedWith(ContainerAssertion.ExitedWith exit) {
                    return "container state";
                }

                @Override
                public String usesImage(ContainerAssertion.UsesImage image) {
                    return "container state";
                }

                @Override
                public String volumesFrom(ContainerAssertion.VolumesFrom from) {
                    return "container state";
                }

                @Override
                public String mount(ContainerAssertion.Mount mount) {
                    return "container mounts";
                }

                @Override
                public String noMount(ContainerAssertion.NoMount none) {
                    return "container mounts";
                }

                @Override
                public String file(ContainerAssertion.File file) {
                    return "container files";
                }

                @Override
                public String diff(ContainerAssertion.Diff diff) {
                    return "container diff";
                }

                @Override
                public String upperLayer(ContainerAssertion.UpperLayer upper) {
                    return "overlay layers";
                }

                @Override
                public String upperWhiteout(ContainerAssertion.UpperWhiteout whiteout) {
                    return "overlay layers";
                }

                @Override
                public String lowerLayers(ContainerAssertion.LowerLayers lower) {
                    return "overlay layers";
                }

                @Override
                public String lowerLayerList(ContainerAssertion.LowerLayerList list) {
                    return "overlay layers";
                }

                @Override
                public String serves(ContainerAssertion.Serves serves) {
                    return "serves (exec wget)";
                }

                @Override
                public String logs(ContainerAssertion.Logs logs) {
                    return "logs";
                }

                @Override
                public String identity(ContainerAssertion.Identity identity) {
                    return "container state";
                }

                @Override
                public String mountsStartVolume(ContainerAssertion.MountsStartVolume mount) {
                    return "container mounts";
                }

                @Override
                public String restarted(ContainerAssertion.Restarted restarted) {
                    return "container diff";
                }
            });
        }
        if (inner instanceof VolumeAssertion) {
            return "volume";
        }
        if (inner instanceof ImageAssertion) {
            return "image";
        }
        if (inner instanceof HostAssertion || inner instanceof ArchiveAssertion) {
            return "host and archive";
        }
        return inner instanceof CommandAssertion ? "command" : "typed";
    }
}
