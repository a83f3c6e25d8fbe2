package dev.dockerlab.bundle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.dockerlab.docker.ImageArchive;
import dev.dockerlab.docker.Labels;
import dev.dockerlab.failure.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Makes a bundle usable on this machine, with no network: its image loaded
 * into the daemon unless the daemon already has that very image (and never
 * over a tag that names the learner's own image), and its
 * lessons unpacked to {@code BUNDLES/NAME} (NAME: the file's name without
 * {@code .tar}). Loading again is safe: the image is not sent twice, and the
 * lessons are unpacked into a temp folder that then replaces the old one by
 * rename, so no run ever sees half a course.
 */
public final class BundleLoader {

    private final Path bundlesDir;
    private final Supplier<DockerClient> docker;
    private final Predicate<String> madeByDockerlab;
    private final PrintWriter progress;

    /** @param madeByDockerlab whether the ownership ledger holds an image of this ID */
    public BundleLoader(Path bundlesDir, Supplier<DockerClient> docker, Predicate<String> madeByDockerlab,
                        PrintWriter progress) {
        this.bundlesDir = bundlesDir;
        this.docker = docker;
        this.madeByDockerlab = madeByDockerlab;
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
        Optional<String> present = withImage ? images.id(manifest.image()) : Optional.empty();
        boolean mayNeedImage = withImage && !present.equals(Optional.ofNullable(manifest.imageId()));
        Path target = bundlesDir.resolve(folderName(file));
        if (!keepLessons && !mayNeedImage) {
            return new LoadedBundle(file, manifest, target, false, reader.lessonFiles());
        }
        Path unpacking = null;
        Path imageFile = null;
        try {
            Files.createDirectories(bundlesDir);
            unpacking = Files.createTempDirectory(bundlesDir, "." + target.getFileName() + ".unpacking-");
            Path spool = Files.createTempFile(bundlesDir, "." + target.getFileName(), ".image.tar");
            imageFile = spool;
            // The whole bundle is read, and the image's own metadata judged, before the daemon or the
            // lesson folder sees any of it: a bundle that would re-tag another image is refused whole.
            reader.unpack(unpacking, image -> Files.copy(image, spool, StandardCopyOption.REPLACE_EXISTING));
            SavedImage saved = SavedImage.read(spool, file);
            saved.requireOnly(manifest.image(), file);
            boolean needImage = mayNeedImage && present.filter(saved::is).isEmpty();
            if (needImage) {
                saved.requireLoadable(manifest.image(), file);
                present.ifPresent(id -> refuseToRetag(manifest.image(), id, file));
                progress.println("Loading the lab image " + manifest.image() + " from " + file.getFileName() + " ...");
                progress.flush();
                try (InputStream image = Files.newInputStream(spool)) {
                    load(images, image, file);
                }
                if (images.id(manifest.image()).filter(saved::is).isEmpty()) {
                    throw new BadInput("loading " + file + " did not give the image " + manifest.image()
                            + "; the bundle is damaged, make it again with dockerlab bundle.");
                }
            }
            if (keepLessons) {
                replace(target, unpacking);
            }
            return new LoadedBundle(file, manifest, target, needImage, reader.lessonFiles());
        } catch (IOException failed) {
            throw new BadInput("cannot unpack the lessons of " + file + " into " + bundlesDir + ": "
                    + failed.getMessage(), failed);
        } finally {
            deleteTree(unpacking);
            deleteTree(imageFile);
        }
    }

    /**
     * Loading moves the tag to the bundle's image, and the image it named
     * before is left with no name: allowed only for an image dockerlab made
     * (a lab image it built, or one its ledger holds), never for the learner's.
     */
    private void refuseToRetag(String tag, String presentId, Path file) {
        if (madeByDockerlab.test(presentId) || labImage(presentId)) {
            return;
        }
        throw new BadInput(file + " is refused: loading it would move the tag " + tag + " from your image "
                + shortId(presentId) + " to the bundle's; free the tag first (docker tag " + tag
                + " SOME-OTHER-NAME, then docker rmi " + tag + ") and load the bundle again.");
    }

    private boolean labImage(String imageId) {
        try {
            Map<String, String> labels = docker.get().inspectImageCmd(imageId).exec().getConfig().getLabels();
            return labels != null && labels.containsKey(Labels.IMAGE);
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private static String shortId(String imageId) {
        String hex = imageId.startsWith("sha256:") ? imageId.substring("sha256:".length()) : imageId;
        return hex.substring(0, Math.min(12, hex.length()));
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
