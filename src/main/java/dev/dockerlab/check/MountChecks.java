package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.docker.ContainerPaths;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which volumes, binds and tmpfs a container has, and where. A container made
 * with {@code --volumes-from SOURCE} has what SOURCE's inspect lists: Docker
 * lists those mounts in the client's inspect too, Podman lists its volumes but
 * not its bind mounts, though the client has them. So a mount at a path the
 * client's own list leaves free is taken from its sources (one level, as both
 * engines pass them on), and said to come from there.
 */
final class MountChecks {

    /** Docker names an anonymous volume with 64 random hex digits. */
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    /** One mount as inspect shows it, with the type docker-java's model leaves out. */
    record MountView(String type, String name, String source, String destination, boolean readWrite, String from) {

        MountView(String type, String name, String source, String destination, boolean readWrite) {
            this(type, name, source, destination, readWrite, null);
        }

        String describe() {
            String what = switch (type) {
                case "volume" -> (ANONYMOUS.matcher(name).matches() ? "anonymous volume " + name.substring(0, 12) + "..."
                        : "volume " + name);
                case "bind" -> "bind " + source;
                default -> type;
            };
            return what + " at " + destination + (readWrite ? " (read-write)" : " (read-only)")
                    + (from == null ? "" : " through --volumes-from " + from);
        }
    }

    private final Function<String, Optional<JsonNode>> containers;

    /** @param containers a container's inspect answer by name or ID, to read a --volumes-from source */
    MountChecks(Function<String, Optional<JsonNode>> containers) {
        this.containers = containers;
    }

    Verdict noMount(ContainerAssertion.NoMount claim, JsonNode container) {
        List<MountView> mounts = withSources(container);
        Optional<MountView> at = at(mounts, normalise(claim.path()));
        return Verdict.of(at.isEmpty(), at.map(mount -> "container " + claim.name() + " mounts " + mount.describe())
                .orElse(all(claim.name(), mounts)));
    }

    Verdict mount(ContainerAssertion.Mount claim, JsonNode container) {
        List<MountView> mounts = withSources(container);
        String path = normalise(claim.path());
        Optional<MountView> at = at(mounts, path);
        String all = all(claim.name(), mounts);
        if (at.isEmpty()) {
            return Verdict.of(false, mounts.isEmpty() ? all + " (nothing at " + path + ")"
                    : "nothing is mounted at " + path + "; " + all);
        }
        MountView mount = at.get();
        boolean sourceMatches = mount.type().equals(claim.source().type()) && claim.source().accept(new SameSource(mount));
        return Verdict.of(sourceMatches && claim.access().accepts(mount.readWrite()),
                "container " + claim.name() + " mounts " + mount.describe());
    }

    private static Optional<MountView> at(List<MountView> mounts, String path) {
        return mounts.stream().filter(mount -> normalise(mount.destination()).equals(path)).findFirst();
    }

    private static String all(String name, List<MountView> mounts) {
        return mounts.isEmpty() ? "container " + name + " has no mounts"
                : "container " + name + " mounts " + String.join(", ", mounts.stream().map(MountView::describe).toList());
    }

    /** Whether a mount of the claimed type comes from the source the claim names. */
    private record SameSource(MountView mount) implements MountSource.Visitor<Boolean> {

        @Override
        public Boolean volume(MountSource.Volume volume) {
            return volume.volume().equals(mount.name());
        }

        @Override
        public Boolean anonymousVolume(MountSource.AnonymousVolume anonymous) {
            return ANONYMOUS.matcher(mount.name()).matches();
        }

        @Override
        public Boolean bind(MountSource.Bind bind) {
            return sameHostPath(bind.hostPath(), mount.source());
        }

        @Override
        public Boolean tmpfs(MountSource.Tmpfs tmpfs) {
            return true;
        }
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

    /** The container's own list, and what its --volumes-from sources list at paths it leaves free. */
    private List<MountView> withSources(JsonNode container) {
        List<MountView> mounts = new ArrayList<>(mountsOf(container));
        for (JsonNode entry : container.path("HostConfig").path("VolumesFrom")) {
            VolumesFromEntry from = VolumesFromEntry.parse(entry.asText(""));
            Optional<JsonNode> source = from.container().isEmpty() ? Optional.empty() : containers.apply(from.container());
            for (MountView mount : source.map(MountChecks::mountsOf).orElse(List.of())) {
                if (!mount.type().equals("tmpfs") && at(mounts, normalise(mount.destination())).isEmpty()) {
                    mounts.add(new MountView(mount.type(), mount.name(), mount.source(), mount.destination(),
                            mount.readWrite() && !from.readOnly(), from.container()));
                }
            }
        }
        return mounts;
    }

    /** One {@code --volumes-from} value: {@code CONTAINER[:ro|:rw]}, the name perhaps with Docker's leading slash. */
    record VolumesFromEntry(String container, boolean readOnly) {

        static VolumesFromEntry parse(String value) {
            int colon = value.lastIndexOf(':');
            String options = colon < 0 ? "" : value.substring(colon + 1);
            String name = colon < 0 ? value : value.substring(0, colon);
            name = name.startsWith("/") ? name.substring(1) : name;
            return new VolumesFromEntry(name, List.of(options.split(",")).contains("ro"));
        }
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
