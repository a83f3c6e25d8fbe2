package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a path of a container's file system lives on the daemon's host: in
 * the mount that holds it, else in the container's overlay2 MergedDir while it
 * runs. Empty where only the daemon can tell (tmpfs, a stopped container, the
 * files Docker binds over /etc/hostname, /etc/hosts and /etc/resolv.conf).
 */
public final class ContainerPaths {

    private static final Set<String> BOUND_BY_DOCKER = Set.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf");

    /** A folder on the host, and the path inside it. */
    record Place(String root, String inside) {
    }

    private ContainerPaths() {
    }

    /** An absolute path with no . or .. and no trailing slash, as Docker reports mount points. */
    public static String normalise(String path) {
        String absolute = Path.of("/").resolve(path).normalize().toString();
        return absolute.length() > 1 && absolute.endsWith("/") ? absolute.substring(0, absolute.length() - 1) : absolute;
    }

    /** The folders an absolute path passes through below the root, outermost first: /a/b/c gives /a, /a/b. */
    public static List<String> foldersOn(String absolute) {
        List<String> folders = new ArrayList<>();
        for (int slash = absolute.indexOf('/', 1); slash > 0; slash = absolute.indexOf('/', slash + 1)) {
            folders.add(absolute.substring(0, slash));
        }
        return folders;
    }

    static Optional<Place> onHost(JsonNode container, String path) {
        if (BOUND_BY_DOCKER.contains(path)) {
            return Optional.empty();
        }
        JsonNode holder = null;
        for (JsonNode mount : container.path("Mounts")) {
            String destination = normalise(mount.path("Destination").asText("/"));
            boolean holds = path.equals(destination) || path.startsWith(destination.equals("/") ? "/" : destination + "/");
            if (holds && (holder == null || destination.length() > normalise(holder.path("Destination").asText()).length())) {
                holder = mount;
            }
        }
        if (holder != null) {
            String type = holder.path("Type").asText();
            String source = holder.path("Source").asText("");
            if (!(type.equals("volume") || type.equals("bind")) || source.isEmpty()) {
                return Optional.empty();
            }
            String destination = normalise(holder.path("Destination").asText());
            return Optional.of(new Place(source, path.substring(destination.length())));
        }
        boolean running = container.path("State").path("Running").asBoolean(false);
        String merged = container.path("GraphDriver").path("Data").path("MergedDir").asText("");
        if (running && StorageDriver.showsOverlayDirectories(container.path("GraphDriver").path("Name").asText()) && !merged.isEmpty()
                && !onTmpfs(container, path)) {
            return Optional.of(new Place(merged, path));
        }
        return Optional.empty();
    }

    /** --tmpfs mounts are listed in HostConfig.Tmpfs only, and their files are in no folder of the host. */
    private static boolean onTmpfs(JsonNode container, String path) {
        var destinations = container.path("HostConfig").path("Tmpfs").fieldNames();
        while (destinations.hasNext()) {
            String destination = normalise(destinations.next());
            if (path.equals(destination) || path.startsWith(destination + "/")) {
                return true;
            }
        }
        return false;
    }
}
