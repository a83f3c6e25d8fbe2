package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ChangeLog;
import dev.dockerlab.docker.ContainerPaths;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a container's files changed. Exact on an overlay (overlay2, Podman's
 * overlay, the containerd image store's overlayfs) when this host may read
 * the daemon's files: the modification times in the container's upper layer,
 * which holds exactly what the container wrote (a deletion's whiteout too).
 * Elsewhere (another driver, a user who may not read the daemon's folders, a
 * path on a mount) the paths {@code docker diff} lists as added or changed,
 * or the one path asked: in a running container through {@code stat} run in
 * it, to the nanosecond; where that cannot answer (no stat in the image, a
 * stopped container) through the archive API, to the second, as Docker's tar
 * headers carry times.
 */
final class ChangeTimes {

    /** A layer can hold thousands of files; the newest of this many is enough to judge an order. */
    private static final int MAX_PATHS = 200;

    private final DockerClient client;
    private final ContainerStreams streams;
    private final boolean hostMayRead;

    ChangeTimes(DockerClient client, ContainerStreams streams, boolean hostMayRead) {
        this.client = client;
        this.streams = streams;
        this.hostMayRead = hostMayRead;
    }

    /**
     * The changes of the whole layer, or of one path (empty when the path is not there).
     *
     * @param upperDir the container's upper layer folder, when it has one (see {@link DockerState#layers})
     */
    List<FileChange> of(JsonNode container, Optional<String> upperDir, Optional<String> path) {
        Optional<Path> upper = upperDir.filter(dir -> hostMayRead).map(Path::of).filter(Files::isDirectory);
        String id = container.path("Id").asText();
        if (path.isPresent()) {
            String absolute = ContainerPaths.normalise(path.get());
            Optional<FileChange> exact = upper.map(dir -> dir.resolve(absolute.substring(1)))
                    .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> exact(file, absolute));
            return exact.map(List::of).orElseGet(() -> inContainer(container, List.of(absolute)));
        }
        if (upper.isPresent()) {
            return layer(upper.get());
        }
        List<String> paths = client.containerDiffCmd(id).exec().stream()
                .filter(change -> change.getKind() != 2).map(ChangeLog::getPath).limit(MAX_PATHS).toList();
        return inContainer(container, paths);
    }

    /** Each path stat answers for as it says (a folder not at all); the others through the archive. */
    private List<FileChange> inContainer(JsonNode container, List<String> paths) {
        String id = container.path("Id").asText();
        Map<String, Optional<FileChange>> stated = container.path("State").path("Running").asBoolean(false)
                ? stated(id, paths) : Map.of();
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            (stated.containsKey(path) ? stated.get(path) : archived(id, path)).ifPresent(changes::add);
        }
        return changes;
    }

    /**
     * The paths' modification times as {@code stat} in the running container
     * prints them, one line each: {@code regular file|2026-11-30 06:04:05.753795421 +0000|/path}.
     * A path it could not stat, or every path when it is missing, is left out.
     */
    private Map<String, Optional<FileChange>> stated(String id, List<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        List<String> command = new ArrayList<>(List.of("stat", "-c", "%F|%y|%n", "--"));
        command.addAll(paths);
        ProcessOutput output;
        try {
            output = streams.exec(id, command);
        } catch (DockerException notNow) {
            // paused, or stopped since it was inspected: the archive answers
            return Map.of();
        }
        Map<String, Optional<FileChange>> stated = new HashMap<>();
        Set<String> asked = Set.copyOf(paths);
        for (String line : output.stdout().split("\n")) {
            String[] fields = line.split("\\|", 3);
            if (fields.length == 3 && asked.contains(fields[2])) {
                Optional<StatTime> time = StatTime.parse(fields[1]);
                if (time.isPresent()) {
                    stated.put(fields[2], fields[0].equals("directory") ? Optional.empty()
                            : Optional.of(new FileChange(fields[2], time.get().instant(), time.get().toTheSecond())));
                }
            }
        }
        return stated;
    }

    /** Every entry of the layer but folders: a folder's time changes with its entries, which are counted themselves. */
    private static List<FileChange> layer(Path upper) {
        try (Stream<Path> entries = Files.walk(upper)) {
            return entries.filter(entry -> !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .map(entry -> exact(entry, "/" + upper.relativize(entry)))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static FileChange exact(Path file, String path) {
        try {
            return new FileChange(path, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant(), false);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The path's time from the first tar header; a folder has none that counts. */
    private Optional<FileChange> archived(String id, String path) {
        try (InputStream raw = client.copyArchiveFromContainerCmd(id, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            return Optional.of(new FileChange(path, entry.getLastModifiedDate().toInstant(), true));
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
