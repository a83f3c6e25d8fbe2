package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container's overlay layers, as folders of the daemon's host: the
 * read-only lower layers (topmost first), the writable upper layer, overlayfs'
 * work folder, and where the union is mounted when anything says so.
 *
 * Two sources name them. The overlay2 graph driver and Podman's overlay list
 * them in {@code docker inspect} ({@code GraphDriver.Data}). The containerd
 * image store shows {@code "Data": null} there, yet the container's root is
 * still an overlay mount whose options name lowerdir, upperdir and workdir:
 * its mount table ({@code /proc/1/mountinfo} as the container sees it) gives
 * them while it runs.
 *
 * @param merged where the union is mounted on the daemon's host; empty when
 *               only the container's own mount table was read (it sees it as /)
 */
public record ContainerLayers(List<String> lower, String upper, String work, Optional<String> merged, Source source) {

    /** What named the folders: tells a learner's command from the check's own reading. */
    public enum Source { GRAPH_DRIVER, MOUNT_TABLE }

    public ContainerLayers {
        lower = List.copyOf(lower);
    }

    /** From an inspect answer's GraphDriver.Data: overlay2 and Podman's overlay; empty for any other driver. */
    public static Optional<ContainerLayers> fromGraphDriver(JsonNode container) {
        JsonNode driver = container.path("GraphDriver");
        JsonNode data = driver.path("Data");
        String upper = data.path("UpperDir").asText("");
        if (!StorageDriver.showsOverlayDirectories(driver.path("Name").asText()) || upper.isEmpty()) {
            return Optional.empty();
        }
        String merged = data.path("MergedDir").asText("");
        return Optional.of(new ContainerLayers(split(data.path("LowerDir").asText("")), upper,
                data.path("WorkDir").asText(""), merged.isEmpty() ? Optional.empty() : Optional.of(merged),
                Source.GRAPH_DRIVER));
    }

    /**
     * From a mount table in /proc/PID/mountinfo's format, as the container
     * sees it: the overlay mounted at its root. Empty when its root is no
     * overlay (vfs, btrfs, zfs) or the options name folders by relative paths,
     * which containerd writes for images of very many layers and which mean
     * nothing outside its own working folder.
     */
    public static Optional<ContainerLayers> fromMountInfo(String mountinfo) {
        for (String line : mountinfo.split("\n")) {
            String[] halves = line.split(" - ", 2);
            String[] before = halves[0].split(" ");
            if (halves.length < 2 || before.length < 5 || !before[4].equals("/")) {
                continue;
            }
            String[] after = halves[1].split(" ");
            if (after.length < 3 || !after[0].equals("overlay")) {
                return Optional.empty();
            }
            Map<String, String> options = options(after[2]);
            List<String> lower = split(options.getOrDefault("lowerdir", ""));
            String upper = options.getOrDefault("upperdir", "");
            String work = options.getOrDefault("workdir", "");
            boolean absolute = upper.startsWith("/") && lower.stream().allMatch(folder -> folder.startsWith("/"));
            return absolute ? Optional.of(new ContainerLayers(lower, upper, work, Optional.empty(), Source.MOUNT_TABLE))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static Map<String, String> options(String superOptions) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : superOptions.split(",")) {
            int equals = option.indexOf('=');
            if (equals > 0) {
                options.put(option.substring(0, equals), unescape(option.substring(equals + 1)));
            }
        }
        return options;
    }

    /** The kernel writes a space, tab, newline and backslash in a mount table as \040, \011, \012, \134. */
    static String unescape(String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = field.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\' && isOctal(raw, i + 1)) {
                bytes.write(Integer.parseInt(new String(raw, i + 1, 3, StandardCharsets.US_ASCII), 8));
                i += 3;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isOctal(byte[] raw, int from) {
        if (from + 3 > raw.length) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (raw[i] < '0' || raw[i] > '7') {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String folders) {
        return Arrays.stream(folders.split(":")).filter(folder -> !folder.isBlank()).toList();
    }
}
