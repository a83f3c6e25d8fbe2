package dev.dockerlab.bundle;

import dev.dockerlab.failure.BadInput;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import dev.dockerlab.lesson.LessonFileName;
import dev.dockerlab.lesson.LessonLoader;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a bundle file. {@link #open} reads the whole archive once before
 * anything is unpacked or loaded: the manifest comes first, every entry is a
 * plain file or folder that stays inside the bundle, and the lessons and the
 * image are there within their limits. So a refused file leaves nothing
 * behind, not even an image in the daemon.
 */
public final class BundleReader {

    /** Takes the image archive while the bundle is read; the stream ends where the entry ends. */
    @FunctionalInterface
    public interface ImageReceiver {
        void receive(InputStream image) throws IOException;
    }

    private final Path file;
    private final BundleManifest manifest;
    private final LessonFiles lessonFiles;

    private BundleReader(Path file, BundleManifest manifest, LessonFiles lessonFiles) {
        this.file = file;
        this.manifest = manifest;
        this.lessonFiles = lessonFiles;
    }

    public static BundleReader open(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInput(file + " is a folder, not a bundle file; name the .tar file dockerlab bundle wrote.");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInput("there is no bundle file at " + file.toAbsolutePath() + ".");
        }
        try (TarArchiveInputStream tar = tar(file)) {
            BundleManifest manifest = readManifest(tar, file);
            return new BundleReader(file, manifest, checkContents(tar, file));
        } catch (IOException damaged) {
            throw new BadInput(file + " is damaged (" + damaged.getMessage() + "); copy it again.", damaged);
        }
    }

    /** Whether the file begins as a bundle does, with the manifest: read from its first header only. */
    static boolean startsAsBundle(Path file) {
        try (TarArchiveInputStream tar = tar(file)) {
            TarArchiveEntry first = tar.getNextEntry();
            return first != null && first.getName().equals(BundleLayout.MANIFEST);
        } catch (IOException | RuntimeException notATar) {
            return false;
        }
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /** How many files the bundle's lesson folder holds, and how many of them are lessons. */
    public LessonFiles lessonFiles() {
        return lessonFiles;
    }

    /** Writes the lessons into {@code folder} and hands the image archive to {@code images}. */
    public void unpack(Path folder, ImageReceiver images) {
        try (TarArchiveInputStream tar = tar(file)) {
            next(tar, file);
            long lessonBytes = 0;
            for (TarArchiveEntry entry = next(tar, file); entry != null; entry = next(tar, file)) {
                if (entry.getName().equals(BundleLayout.IMAGE)) {
                    images.receive(BoundedInputStream.builder().setInputStream(CloseShieldInputStream.wrap(tar))
                            .setMaxCount(BundleLayout.MAX_IMAGE_BYTES + 1).get());
                } else if (isLesson(entry)) {
                    lessonBytes += unpackLesson(entry, tar, folder, BundleLayout.MAX_LESSONS_BYTES - lessonBytes);
                }
            }
        } catch (IOException failed) {
            throw new BadInput("cannot unpack " + file + ": " + failed.getMessage(), failed);
        }
    }

    private static BundleManifest readManifest(TarArchiveInputStream tar, Path file) throws IOException {
        TarArchiveEntry first;
        try {
            first = next(tar, file);
        } catch (IOException notTar) {
            throw notABundle(file, "it is not a tar archive");
        }
        if (first == null || !BundleLayout.isPlainFile(first) || !first.getName().equals(BundleLayout.MANIFEST)) {
            throw notABundle(file, "it does not begin with " + BundleLayout.MANIFEST);
        }
        if (first.getSize() > BundleLayout.MAX_MANIFEST_BYTES) {
            throw notABundle(file, "its " + BundleLayout.MANIFEST + " is far too large");
        }
        return BundleManifest.parse(tar.readAllBytes(), file);
    }

    /** The rest of the archive, header by header: lessons and the image present, and within their limits. */
    private static LessonFiles checkContents(TarArchiveInputStream tar, Path file) throws IOException {
        long lessonBytes = 0;
        int lessonFiles = 0;
        int lessons = 0;
        int images = 0;
        int entries = 1;
        for (TarArchiveEntry entry = next(tar, file); entry != null; entry = next(tar, file)) {
            if (++entries > BundleLayout.MAX_ENTRIES) {
                throw new BadInput(file + " is refused: it holds more than " + BundleLayout.MAX_ENTRIES
                        + " entries; a course bundle needs a few dozen.");
            }
            if (entry.getName().equals(BundleLayout.IMAGE)) {
                images++;
                if (entry.getSize() > BundleLayout.MAX_IMAGE_BYTES) {
                    throw new BadInput(file + " is refused: its image is larger than "
                            + BundleLayout.MAX_IMAGE_BYTES / (1024 * 1024) + " MiB.");
                }
            } else if (isLesson(entry) && BundleLayout.isPlainFile(entry)) {
                lessonFiles++;
                lessonBytes += entry.getSize();
                if (isLessonText(entry)) {
                    lessons++;
                    refuseOversizedLesson(entry, file);
                }
            }
        }
        if (lessonBytes > BundleLayout.MAX_LESSONS_BYTES) {
            throw new BadInput(file + " is refused: its lessons are larger than "
                    + BundleLayout.MAX_LESSONS_BYTES / (1024 * 1024) + " MiB.");
        }
        if (lessonFiles == 0 || images != 1) {
            throw new BadInput(file + " is an incomplete dockerlab bundle: it should hold " + BundleLayout.LESSONS
                    + " and one " + BundleLayout.IMAGE + ", and holds " + lessonFiles + " lesson file(s) and "
                    + images + " image(s).");
        }
        return new LessonFiles(lessonFiles, lessons);
    }

    /** A lesson file ({@code NN-slug.md}) at the top of the lesson folder: one the course will load. */
    private static boolean isLessonText(TarArchiveEntry entry) {
        String inFolder = entry.getName().substring(BundleLayout.LESSONS.length());
        return !inFolder.contains("/") && LessonFileName.isLessonFile(Path.of(inFolder));
    }

    /** The loader would refuse it anyway; refused here, nothing is unpacked for a course that cannot open. */
    private static void refuseOversizedLesson(TarArchiveEntry entry, Path file) {
        if (entry.getSize() > LessonLoader.MAX_BYTES) {
            throw new BadInput(file + " is refused: its lesson " + entry.getName() + " is larger than "
                    + LessonLoader.MAX_BYTES / 1024 + " KiB, the limit for one lesson file.");
        }
    }

    private static boolean isLesson(TarArchiveEntry entry) {
        String name = entry.getName();
        return name.startsWith(BundleLayout.LESSONS) && name.length() > BundleLayout.LESSONS.length();
    }

    /** Unpacks one entry of the lesson folder, writing at most {@code room} bytes: the bytes written. */
    private long unpackLesson(TarArchiveEntry entry, TarArchiveInputStream tar, Path folder, long room) throws IOException {
        Path target = folder.resolve(entry.getName().substring(BundleLayout.LESSONS.length())).normalize();
        if (!target.startsWith(folder)) {
            throw new BadInput(file + " is refused: its entry \"" + entry.getName() + "\" points outside the bundle.");
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return 0;
        }
        Files.createDirectories(target.getParent());
        long written = Files.copy(BoundedInputStream.builder().setInputStream(CloseShieldInputStream.wrap(tar))
                .setMaxCount(room + 1).get(), target);
        if (written > room) {
            throw new BadInput(file + " is refused: its lessons are larger than "
                    + BundleLayout.MAX_LESSONS_BYTES / (1024 * 1024) + " MiB.");
        }
        return written;
    }

    private static TarArchiveEntry next(TarArchiveInputStream tar, Path file) throws IOException {
        TarArchiveEntry entry = tar.getNextEntry();
        if (entry != null) {
            BundleLayout.requireSafe(entry, file);
        }
        return entry;
    }

    private static TarArchiveInputStream tar(Path file) throws IOException {
        return new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    private static BadInput notABundle(Path file, String why) {
        return new BadInput(file + " is not a dockerlab bundle (" + why
                + "); dockerlab bundle FILE.tar makes one.");
    }
}
