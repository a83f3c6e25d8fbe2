package dev.dockerlab.bundle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import dev.dockerlab.docker.ImageArchive;
import dev.dockerlab.failure.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Makes a bundle usable on this machine, with no network: its image loaded
 * into the daemon unless the daemon already has that very image, and its
 * lessons unpacked to {@code BUNDLES/NAME} (NAME: the file's name without
 * {@code .tar}). Loading again is safe: the image is not sent twice, and the
 * lessons are unpacked into a temp folder that then replaces the old one by
 * rename, so no run ever sees half a course.
 */
public final class BundleLoader {

    private final Path bundlesDir;
    private final Supplier<DockerClient> docker;
    private final PrintWriter progress;

    public BundleLoader(Path bundlesDir, Supplier<DockerClient> docker, PrintWriter progress) {
        this.bundlesDir = bundlesDir;
        this.docker = docker;
        this.progress = progress;
    }

    /** Lessons and image: what {@code dockerlab bundle load} does. */
    public LoadedBundle load(Path file) {
        return read(file, true, true);
    }

    /** Only the lessons, which needs no daemon: for commands that may never ask one. */
    public LoadedBundle lessons(Path file) {
        return read(file, true, false);
    }

    /** Only the image, unless the daemon has that very image already; true when it was loaded. */
    public boolean image(Path file) {
        return read(file, false, true).imageLoaded();
    }

    private LoadedBundle read(Path file, boolean keepLessons, boolean withImage) {
        BundleReader reader = BundleReader.open(file);
        BundleManifest manifest = reader.manifest();
        ImageArchive images = withImage ? new ImageArchive(docker.get()) : null;
        boolean needImage = withImage
                && images.id(manifest.image()).filter(id -> id.equals(manifest.imageId())).isEmpty();
        Path target = bundlesDir.resolve(folderName(file));
        if (!keepLessons && !needImage) {
            return new LoadedBundle(file, manifest, target, false);
        }
        Path unpacking = null;
        Path imageFile = null;
        try {
            Files.createDirectories(bundlesDir);
            unpacking = Files.createTempDirectory(bundlesDir, "." + target.getFileName() + ".unpacking-");
            Path spool = Files.createTempFile(bundlesDir, "." + target.getFileName(), ".image.tar");
            imageFile = spool;
            // The whole bundle is read, and the image's own tags checked, before the daemon or the
            // lesson folder sees any of it: a bundle that would re-tag another image is refused whole.
            reader.unpack(unpacking, image -> Files.copy(image, spool, StandardCopyOption.REPLACE_EXISTING));
            ImageTags.refuseOthers(spool, manifest.image(), file);
            if (needImage) {
                progress.println("Loading the lab image " + manifest.image() + " from " + file.getFileName() + " ...");
                progress.flush();
                try (InputStream image = Files.newInputStream(spool)) {
                    load(images, image, file);
                }
                if (images.id(manifest.image()).isEmpty()) {
                    throw new BadInput("loading " + file + " did not give the image " + manifest.image()
                            + "; the bundle is damaged, make it again with dockerlab bundle.");
                }
            }
            if (keepLessons) {
                replace(target, unpacking);
            }
            return new LoadedBundle(file, manifest, target, needImage);
        } catch (IOException failed) {
            throw new BadInput("cannot unpack the lessons of " + file + " into " + bundlesDir + ": "
                    + failed.getMessage(), failed);
        } finally {
            deleteTree(unpacking);
            deleteTree(imageFile);
        }
    }

    private static void load(ImageArchive images, InputStream image, Path file) {
        try {
            images.load(image);
        } catch (DockerException refused) {
            throw new BadInput("the daemon refused the image in " + file + " (" + refused.getMessage().strip()
                    + "); the bundle is damaged, make it again with dockerlab bundle.", refused);
        }
    }

    static String folderName(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".tar") ? name.substring(0, name.length() - ".tar".length()) : name;
        return stem.isBlank() || stem.startsWith(".") ? "bundle" + stem : stem;
    }

    /** Swaps the fresh folder in: the old one is renamed aside first, since a rename cannot replace a full folder. */
    private static void replace(Path target, Path fresh) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".replaced-");
        Path aside = old.resolve("lessons");
        Files.move(target, aside);
        try {
            Files.move(fresh, target);
        } catch (IOException cannotSwap) {
            Files.move(aside, target);
            throw cannotSwap;
        } finally {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException leftBehind) {
            // a hidden temp folder under the state folder; the lessons in use are already in place
        }
    }
}
