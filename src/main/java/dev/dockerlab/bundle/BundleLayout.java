package dev.dockerlab.bundle;

import dev.dockerlab.failure.BadInput;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a bundle holds, in this order: the manifest, the lesson folder under
 * {@code lessons/}, and the image as {@code docker save} wrote it. The
 * limits keep a hostile or broken file from filling the disk: they bound the
 * entries, and the bytes really written, not only what headers claim.
 */
final class BundleLayout {

    static final String MANIFEST = "dockerlab-bundle.json";
    static final String LESSONS = "lessons/";
    static final String IMAGE = "image.tar";

    static final long MAX_MANIFEST_BYTES = 64 * 1024;
    static final long MAX_LESSONS_BYTES = 64L * 1024 * 1024;
    static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private BundleLayout() {
    }

    /**
     * Refuses an entry that could write outside the folder it is unpacked
     * into: an absolute path, a {@code ..} step, or a link or device, which
     * a bundle never needs.
     */
    static void requireSafe(TarArchiveEntry entry, Path file) {
        String name = entry.getName();
        String path = name.replace('\\', '/');
        boolean absolute = path.startsWith("/") || path.matches("[A-Za-z]:.*");
        boolean climbs = Arrays.asList(path.split("/")).contains("..");
        if (absolute || climbs) {
            throw new BadInput(file + " is refused: its entry \"" + name
                    + "\" points outside the bundle (an absolute path or \"..\"); dockerlab bundles never hold such entries.");
        }
        if (entry.isSparse()) {
            // a sparse entry's header states the bytes stored, not the (far larger) bytes it unpacks to
            throw new BadInput(file + " is refused: its entry \"" + name
                    + "\" is a sparse file; dockerlab bundles hold plain files and folders only.");
        }
        if (!isPlainFile(entry) && !entry.isDirectory()) {
            throw new BadInput(file + " is refused: its entry \"" + name
                    + "\" is a link or special file; dockerlab bundles hold plain files and folders only.");
        }
    }

    /** A regular file by its type flag: commons-compress counts links and devices as files too. */
    static boolean isPlainFile(TarArchiveEntry entry) {
        byte type = entry.getLinkFlag();
        return type == TarConstants.LF_NORMAL || type == TarConstants.LF_OLDNORM;
    }
}
