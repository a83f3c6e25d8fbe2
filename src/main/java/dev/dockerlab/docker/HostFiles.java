package dev.dockerlab.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a path of this host's file system into a {@link FileView}, following no links. */
public final class HostFiles {

    private HostFiles() {
    }

    /** {@code inside} is read relative to {@code root}, as a container would see it at the root's mount point. */
    public static FileView read(Path root, String inside) {
        String relative = inside.startsWith("/") ? inside.substring(1) : inside;
        Path path = relative.isEmpty() ? root : root.resolve(relative);
        String shown = "/" + relative;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                return new FileView(shown, FileView.Kind.DIRECTORY, null, List.of());
            }
            if (attributes.isSymbolicLink()) {
                return new FileView(shown, FileView.Kind.LINK, Files.readSymbolicLink(path).toString(), List.of());
            }
            if (!attributes.isRegularFile()) {
                return new FileView(shown, isWhiteout(path) ? FileView.Kind.WHITEOUT : FileView.Kind.OTHER, null, List.of());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new FileView(shown, FileView.Kind.FILE,
                        new String(in.readNBytes(FileView.MAX_BYTES), StandardCharsets.UTF_8), List.of());
            }
        } catch (NoSuchFileException missing) {
            return FileView.absent(shown, namesIn(path.getParent()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Like {@link #read(Path, String)}, for a folder that stands for another
     * file system's root: empty when a folder on the way is a symbolic link,
     * since the host would follow it from its own root, not the container's;
     * also empty for a path with {@code ..} in it, which could climb out.
     *
     * @param shown the path as the learner named it, for messages
     */
    public static Optional<FileView> readConfined(Path root, String inside, String shown) {
        String absolute = inside.startsWith("/") ? inside : "/" + inside;
        if (List.of(absolute.split("/")).contains("..")) {
            return Optional.empty();
        }
        for (String folder : ContainerPaths.foldersOn(absolute)) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(root.resolve(folder.substring(1)), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException missing) {
                break;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            if (attributes.isSymbolicLink()) {
                return Optional.empty();
            }
            if (!attributes.isDirectory()) {
                // a file (or a whiteout) where a folder should be: as for a container, nothing is there
                return Optional.of(FileView.absent(shown, List.of()));
            }
        }
        FileView view = read(root, inside);
        return Optional.of(new FileView(shown, view.kind(), view.content(), view.neighbours()));
    }

    public static FileView read(Path absolute) {
        return read(absolute.getRoot(), absolute.toString());
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    /** A character device numbered 0, 0; false where the "unix" attribute view is missing. */
    private static boolean isWhiteout(Path path) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(path, "unix:mode,rdev", LinkOption.NOFOLLOW_LINKS);
            return ((Integer) unix.get("mode") & S_IFMT) == S_IFCHR && (Long) unix.get("rdev") == 0L;
        } catch (UnsupportedOperationException noUnixView) {
            return false;
        }
    }

    private static List<String> namesIn(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().limit(2000).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
