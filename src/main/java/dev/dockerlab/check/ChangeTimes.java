package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a container's files changed. Exact on an overlay (overlay2, Podman's
 * overlay, the containerd image store's overlayfs) when this host may read
 * the daemon's files: the modification times in the container's upper layer,
 * which holds exactly what the container wrote (a deletion's whiteout too).
 * Elsewhere (another driver, a helper-only setup, a path on a mount) through
 * the archive API: the paths {@code docker diff} lists as added or changed,
 * each to the second, as Docker's tar headers carry times.
 */
final class ChangeTimes {

    /** A layer can hold thousands of files; the newest of this many is enough to judge an order. */
    private static final int MAX_PATHS = 200;

    private final DockerClient client;
    private final boolean hostMayRead;

    ChangeTimes(DockerClient client, boolean hostMayRead) {
        this.client = client;
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
            return exact.or(() -> archived(id, absolute)).stream().toList();
        }
        if (upper.isPresent()) {
            return layer(upper.get());
        }
        List<FileChange> changes = new ArrayList<>();
        for (ChangeLog change : client.containerDiffCmd(id).exec().stream().limit(MAX_PATHS).toList()) {
            if (change.getKind() != 2) {
                archived(id, change.getPath()).ifPresent(changes::add);
            }
        }
        return changes;
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
