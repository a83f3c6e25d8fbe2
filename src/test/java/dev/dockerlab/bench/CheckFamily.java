package dev.dockerlab.bench;

import dev.dockerlab.check.ArchiveAssertion;
import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.CommandAssertion;
import dev.dockerlab.check.ContainerAssertion;
import dev.dockerlab.check.HostAssertion;
import dev.dockerlab.check.ImageAssertion;
import dev.dockerlab.check.Negation;
import dev.dockerlab.check.VolumeAssertion;

/** Groups checks by what they cost to answer, for the per-check table of the benchmark. */
final class CheckFamily {

    private CheckFamily() {
    }

    static String of(Assertion assertion) {
        Assertion inner = assertion instanceof Negation negation ? negation.inner() : assertion;
        if (inner instanceof ContainerAssertion container) {
            return switch (container.kind()) {
                case EXISTS, ABSENT, RUNNING, STOPPED, EXITED_WITH, USES_IMAGE, HAS_VOLUMES_FROM -> "container state";
                case MOUNTS_VOLUME, MOUNTS_ANONYMOUS_VOLUME, MOUNTS_BIND, MOUNTS_TMPFS, HAS_NO_MOUNT -> "container mounts";
                case HAS_FILE, HAS_NO_FILE, FILE_CONTAINS -> "container files";
                case DIFF_ADDED, DIFF_CHANGED, DIFF_DELETED -> "container diff";
                case UPPER_HAS, UPPER_HAS_WHITEOUT, UPPER_FILE_CONTAINS, LOWER_HAVE, LOWER_FILE_CONTAINS -> "overlay layers";
                case SERVES -> "serves (exec wget)";
                case LOGS_CONTAIN -> "logs";
            };
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
