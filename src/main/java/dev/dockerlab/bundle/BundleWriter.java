package dev.dockerlab.bundle;

import dev.dockerlab.docker.ImageArchive;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.progress.AtomicFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a bundle: manifest, lesson folder, then the image, and after the
 * tar's end the dockerlab jar when asked for (see {@link ProgramJar}). The image is
 * saved to a temporary file first, since a tar entry states its size before
 * its content; the bundle itself is written beside its name and renamed into
 * place, so a failed run leaves no half-written course.
 */
public final class BundleWriter {

    private final ImageArchive images;
    private final String dockerlabVersion;
    private final Clock clock;

    public BundleWriter(ImageArchive images, String dockerlabVersion, Clock clock) {
        this.images = images;
        this.dockerlabVersion = dockerlabVersion;
        this.clock = clock;
    }

    /** What was written: the manifest and the size of the bundle file. */
    public record Written(BundleManifest manifest, long bytes) {
    }

    /**
     * @param jar the dockerlab jar to append, which makes the bundle runnable ({@code java -jar FILE}); empty for none
     */
    public Written write(Path target, Path lessonsDir, List<String> lessonIds, String image, Optional<ProgramJar> jar) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new BadInput(target + " is a folder; name the bundle file to write, such as course.tar.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput("there is no folder " + folder + " to write " + file.getFileName() + " in.");
        }
        String imageId = images.id(image).orElseThrow(() -> new BadInput("the daemon has no image " + image + " to bundle."));
        Instant created = clock.instant();
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, dockerlabVersion, image, imageId, lessonIds,
                created.toString());
        List<Path> lessonFiles = lessonFiles(lessonsDir);
        Path saved = null;
        Path partial = null;
        try {
            saved = Files.createTempFile(folder, "." + file.getFileName(), ".image.tmp");
            if (images.save(image, saved, BundleLayout.MAX_IMAGE_BYTES).isEmpty()) {
                throw new BadInput("the image " + image + " is larger than "
                        + BundleLayout.MAX_IMAGE_BYTES / (1024 * 1024) + " MiB once saved; a classroom bundle carries a small lab image.");
            }
            partial = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial));
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                addBytes(tar, BundleLayout.MANIFEST, manifest.toJson(), created);
                for (Path lesson : lessonFiles) {
                    addFile(tar, BundleLayout.LESSONS + entryPath(lessonsDir.relativize(lesson)), lesson);
                }
                addFile(tar, BundleLayout.IMAGE, saved);
                tar.finish();
                if (jar.isPresent()) {
                    jar.get().copyTo(out);
                }
            }
            shareable(partial);
            AtomicFile.moveIntoPlace(partial, file);
            return new Written(manifest, Files.size(file));
        } catch (IOException failed) {
            throw new BadInput("cannot write " + file + ": " + failed.getMessage(), failed);
        } finally {
            deleteQuietly(saved);
            deleteQuietly(partial);
        }
    }

    /**
     * rw-r--r--: a bundle goes on a shared drive for a class to copy, and
     * holds nothing secret (the temp file it was written as is rw-------).
     */
    private static void shareable(Path bundle) throws IOException {
        if (Files.getFileStore(bundle).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(bundle, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Every regular file below the lesson folder, in a stable order. Hidden
     * files and folders ({@code .git}, editor swap files) are not course
     * material and stay out.
     */
    private static List<Path> lessonFiles(Path lessonsDir) {
        try (Stream<Path> walk = Files.walk(lessonsDir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(path -> !isHidden(lessonsDir.relativize(path)))
                    .sorted()
                    .toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            if (bytes > BundleLayout.MAX_LESSONS_BYTES) {
                throw new BadInput("the lesson folder " + lessonsDir + " holds more than "
                        + BundleLayout.MAX_LESSONS_BYTES / (1024 * 1024) + " MiB; a bundle carries lessons, not data sets.");
            }
            return files;
        } catch (IOException unreadable) {
            throw new BadInput("cannot read the lesson folder " + lessonsDir + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String entryPath(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static void addBytes(TarArchiveOutputStream tar, String name, byte[] content, Instant modified)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setModTime(modified.toEpochMilli());
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void addFile(TarArchiveOutputStream tar, String name, Path file) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(Files.size(file));
        entry.setModTime(Files.getLastModifiedTime(file));
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException leftBehind) {
            // a hidden temp file beside the bundle; nothing the bundle depends on
        }
    }
}
