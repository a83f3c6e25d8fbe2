package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.docker.ContainerPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which volumes, binds and tmpfs a container has, and where. */
final class MountChecks {

    /** Docker names an anonymous volume with 64 random hex digits. */
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    /** One mount as inspect shows it, with the type docker-java's model leaves out. */
    record MountView(String type, String name, String source, String destination, boolean readWrite) {

        String describe() {
            String what = switch (type) {
                case "volume" -> (ANONYMOUS.matcher(name).matches() ? "anonymous volume " + name.substring(0, 12) + "..."
                        : "volume " + name);
                case "bind" -> "bind " + source;
                default -> type;
            };
            return what + " at " + destination + (readWrite ? " (read-write)" : " (read-only)");
        }
    }

    Verdict check(ContainerAssertion assertion, JsonNode container) {
        List<MountView> mounts = mountsOf(container);
        String path = normalise(assertion.path());
        Optional<MountView> at = mounts.stream().filter(mount -> normalise(mount.destination()).equals(path)).findFirst();
        String name = assertion.name();
        String all = mounts.isEmpty() ? "container " + name + " has no mounts"
                : "container " + name + " mounts " + String.join(", ", mounts.stream().map(MountView::describe).toList());
        if (assertion.kind() == ContainerAssertion.Kind.HAS_NO_MOUNT) {
            return Verdict.of(at.isEmpty(), at.map(mount -> "container " + name + " mounts " + mount.describe()).orElse(all));
        }
        if (at.isEmpty()) {
            return Verdict.of(false, mounts.isEmpty() ? all + " (nothing at " + path + ")"
                    : "nothing is mounted at " + path + "; " + all);
        }
        MountView mount = at.get();
        String seen = "container " + name + " mounts " + mount.describe();
        boolean kindMatches = switch (assertion.kind()) {
            case MOUNTS_VOLUME -> mount.type().equals("volume") && assertion.object().equals(mount.name());
            case MOUNTS_ANONYMOUS_VOLUME -> mount.type().equals("volume") && ANONYMOUS.matcher(mount.name()).matches();
            case MOUNTS_BIND -> mount.type().equals("bind") && sameHostPath(assertion.object(), mount.source());
            case MOUNTS_TMPFS -> mount.type().equals("tmpfs");
            default -> throw new IllegalArgumentException(assertion.kind().name());
        };
        return Verdict.of(kindMatches && assertion.access().accepts(mount.readWrite()), seen);
    }

    /** Mounts from the inspect answer's JSON: docker-java's Mount model has no Type. */
    static List<MountView> mountsOf(JsonNode container) {
        List<MountView> views = new ArrayList<>();
        for (JsonNode mount : container.path("Mounts")) {
            String name = mount.path("Name").asText(null);
            String type = mount.path("Type").asText(name != null ? "volume" : "bind");
            views.add(new MountView(type, name, mount.path("Source").asText(null), mount.path("Destination").asText(""),
                    mount.path("RW").asBoolean(true)));
        }
        // --tmpfs mounts are listed in HostConfig only, not in Mounts.
        container.path("HostConfig").path("Tmpfs").properties().forEach(tmpfs -> views.add(new MountView(
                "tmpfs", null, null, tmpfs.getKey(), !List.of(tmpfs.getValue().asText("").split(",")).contains("ro"))));
        return views;
    }

    private static boolean sameHostPath(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (normalise(expected).equals(normalise(actual))) {
            return true;
        }
        try {
            return Files.exists(Path.of(expected)) && Path.of(expected).toRealPath().equals(Path.of(actual).toRealPath());
        } catch (IOException notHere) {
            return false;
        }
    }

    static String normalise(String path) {
        return ContainerPaths.normalise(path);
    }
}
