package dev.dockerlab.bundle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import dev.dockerlab.docker.ImageArchive;

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

    public LoadedBundle load(Path file) {
        BundleReader reader = BundleReader.open(file);
        BundleManifest manifest = reader.manifest();
        ImageArchive images = new ImageArchive(docker.get());
        boolean present = images.id(manifest.image()).filter(id -> id.equals(manifest.imageId())).isPresent();
        Path target = bundlesDir.resolve(folderName(file));
        Path unpacking = null;
        Path imageFile = null;
        try {
            Files.createDirectories(bundlesDir);
            unpacking = Files.createTempDirectory(bundlesDir, "." + target.getFileName() + ".unpacking-");
            Path spool = Files.createTempFile(bundlesDir, "." + target.getFileName(), ".image.tar");
            imageFile = spool;
            // The whole bundle is read, and the image's own tags checked, before the daemon sees any of it.
            reader.unpack(unpacking, image -> {
                if (!present) {
                    Files.copy(image, spool, StandardCopyOption.REPLACE_EXISTING);
                }
            });
            if (!present) {
                ImageTags.refuseOthers(spool, manifest.image(), file);
                progress.println("Loading the lab image " + manifest.image() + " from " + file.getFileName() + " ...");
                progress.flush();
                try (InputStream image = Files.newInputStream(spool)) {
                    load(images, image, file);
                }
                if (images.id(manifest.image()).isEmpty()) {
                    throw new BundleException("loading " + file + " did not give the image " + manifest.image()
                            + "; the bundle is damaged, make it again with dockerlab bundle.");
                }
            }
            replace(target, unpacking);
            return new LoadedBundle(file, manifest, target, !present);
        } catch (IOException failed) {
            throw new BundleException("cannot unpack the lessons of " + file + " into " + bundlesDir + ": "
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
            throw new BundleException("the daemon refused the image in " + file + " (" + refused.getMessage().strip()
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
