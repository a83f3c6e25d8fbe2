package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one path of a container's file system through the archive API (what
 * {@code docker cp} uses), so it works on stopped and never-started
 * containers alike and changes nothing. The tar stream is always closed: an
 * open one keeps the container locked.
 */
public final class ArchiveFiles {

    private static final int MAX_NEIGHBOURS_READ = 2000;

    private final DockerClient client;

    public ArchiveFiles(DockerClient client) {
        this.client = client;
    }

    public FileView read(String container, String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        try (InputStream raw = client.copyArchiveFromContainerCmd(container, absolute).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null) {
                return FileView.absent(absolute, List.of());
            }
            if (entry.isDirectory()) {
                return new FileView(absolute, FileView.Kind.DIRECTORY, null, List.of());
            }
            if (entry.isSymbolicLink()) {
                return new FileView(absolute, FileView.Kind.LINK, entry.getLinkName(), List.of());
            }
            if (entry.isCharacterDevice() && entry.getDevMajor() == 0 && entry.getDevMinor() == 0) {
                return new FileView(absolute, FileView.Kind.WHITEOUT, null, List.of());
            }
            if (!entry.isFile()) {
                return new FileView(absolute, FileView.Kind.OTHER, null, List.of());
            }
            byte[] content = tar.readNBytes(FileView.MAX_BYTES);
            return new FileView(absolute, FileView.Kind.FILE, new String(content, StandardCharsets.UTF_8), List.of());
        } catch (NotFoundException missing) {
            return FileView.absent(absolute, neighbours(container, absolute));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** The names in the nearest folder above a missing path that exists, for the learner's benefit. */
    private List<String> neighbours(String container, String missing) {
        int slash = missing.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : missing.substring(0, slash);
        try (InputStream raw = client.copyArchiveFromContainerCmd(container, parent).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry top = tar.getNextEntry();
            if (top == null || !top.isDirectory()) {
                return List.of();
            }
            String prefix = top.getName();
            List<String> names = new ArrayList<>();
            int read = 0;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null && read < MAX_NEIGHBOURS_READ;
                 entry = tar.getNextEntry(), read++) {
                String rest = entry.getName().substring(Math.min(prefix.length(), entry.getName().length()));
                String trimmed = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
                if (!trimmed.isEmpty() && !trimmed.contains("/")) {
                    names.add(trimmed);
                }
            }
            return names;
        } catch (NotFoundException parentMissing) {
            return List.of();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
