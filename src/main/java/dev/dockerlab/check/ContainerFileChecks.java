package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ChangeLog;
import dev.dockerlab.docker.ContainerPaths;
import dev.dockerlab.docker.DaemonFiles;
import dev.dockerlab.docker.FileView;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What is in a container's file system: its merged view (through the archive
 * API), its changes ({@code docker diff}), and the overlay2 layers themselves
 * (UpperDir and LowerDir from {@code GraphDriver.Data}).
 */
final class ContainerFileChecks {

    private static final int MODIFIED = 0;
    private static final int ADDED = 1;
    private static final int DELETED = 2;

    private final DockerState state;
    private final DaemonFiles files;

    ContainerFileChecks(DockerState state, DaemonFiles files) {
        this.state = state;
        this.files = files;
    }

    Verdict check(ContainerAssertion assertion, InspectContainerResponse container) {
        String where = "container " + assertion.name();
        String path = assertion.path();
        return switch (assertion.kind()) {
            case HAS_FILE -> FileFacts.hasFile(where, file(assertion));
            case HAS_NO_FILE -> FileFacts.hasNoFile(where, file(assertion));
            case FILE_CONTAINS -> FileFacts.contains(where, file(assertion), assertion.text());
            case DIFF_ADDED -> diff(assertion, container, ADDED, "added");
            case DIFF_CHANGED -> diff(assertion, container, MODIFIED, "changed");
            case DIFF_DELETED -> diff(assertion, container, DELETED, "deleted");
            case UPPER_HAS, UPPER_HAS_WHITEOUT, UPPER_FILE_CONTAINS -> upper(assertion, container);
            case LOWER_HAVE, LOWER_FILE_CONTAINS -> lower(assertion, container);
            default -> throw new IllegalArgumentException(assertion.kind().name());
        };
    }

    private FileView file(ContainerAssertion assertion) {
        return files.inContainer(state.containerTree(assertion.name()).orElseThrow(), assertion.path());
    }

    private Verdict diff(ContainerAssertion assertion, InspectContainerResponse container, int kind, String word) {
        String path = MountChecks.normalise(assertion.path());
        List<ChangeLog> changes = state.diff(container.getId());
        Optional<ChangeLog> change = changes.stream().filter(entry -> path.equals(entry.getPath())).findFirst();
        String where = "docker diff " + assertion.name();
        if (change.isEmpty()) {
            return Verdict.of(false, where + " does not list " + path + (changes.isEmpty() ? "; it lists no change at all"
                    : "; it lists " + summary(changes)));
        }
        int seen = change.get().getKind();
        return Verdict.of(seen == kind, where + " shows " + letter(seen) + " " + path + " (" + kindWord(seen) + ")"
                + (seen == kind ? "" : ", not " + word));
    }

    private static String summary(List<ChangeLog> changes) {
        List<String> shown = changes.stream().limit(8).map(change -> letter(change.getKind()) + " " + change.getPath()).toList();
        return String.join(", ", shown) + (changes.size() > shown.size() ? ", ..." : "");
    }

    private static String letter(int kind) {
        return switch (kind) {
            case ADDED -> "A";
            case DELETED -> "D";
            default -> "C";
        };
    }

    private static String kindWord(int kind) {
        return switch (kind) {
            case ADDED -> "added";
            case DELETED -> "deleted";
            default -> "changed";
        };
    }

    private Verdict upper(ContainerAssertion assertion, InspectContainerResponse container) {
        String upperDir = overlayDir(assertion.name(), "UpperDir");
        if (upperDir.isEmpty()) {
            return noOverlay(assertion.name(), container);
        }
        String where = "the upper (writable) layer of " + assertion.name();
        String path = MountChecks.normalise(assertion.path());
        FileView file = inLayer(List.of(upperDir), 0, path);
        boolean whiteout = file.kind() == FileView.Kind.WHITEOUT;
        boolean ofItsFolder = whiteout && !file.path().equals(path);
        if (assertion.kind() == ContainerAssertion.Kind.UPPER_HAS_WHITEOUT) {
            if (ofItsFolder) {
                return Verdict.of(false, where + " has a whiteout at " + file.path() + ", not at " + path
                        + ": the container deleted the whole folder");
            }
            if (whiteout) {
                return Verdict.of(true, where + " has a whiteout at " + path
                        + ": the container deleted it, and overlayfs hides the copies below");
            }
            return Verdict.of(false, file.exists() ? FileFacts.describe(where, file) + ", not a whiteout"
                    : where + " has nothing at " + path + ": the container has not deleted it");
        }
        if (whiteout) {
            return Verdict.of(false, where + " has a whiteout at " + file.path() + ", not the file: the container deleted "
                    + (ofItsFolder ? "that folder, and " + path + " with it" : "it"));
        }
        return assertion.kind() == ContainerAssertion.Kind.UPPER_HAS
                ? FileFacts.hasFile(where, file)
                : FileFacts.contains(where, file, assertion.text());
    }

    private Verdict lower(ContainerAssertion assertion, InspectContainerResponse container) {
        String lowerDir = overlayDir(assertion.name(), "LowerDir");
        if (lowerDir.isEmpty()) {
            return noOverlay(assertion.name(), container);
        }
        List<String> group = Arrays.asList(lowerDir.split(":"));
        String where = "the lower (image) layers of " + assertion.name();
        String path = MountChecks.normalise(assertion.path());
        for (int i = 0; i < group.size(); i++) {
            FileView file = inLayer(group, i, path);
            String layer = where + " (layer " + (i + 1) + " of " + group.size() + " from the top)";
            if (file.kind() == FileView.Kind.WHITEOUT) {
                // overlayfs looks no further down: for the image, the file is gone
                return Verdict.of(false, layer + " deletes " + file.path() + " with a whiteout"
                        + (file.path().equals(path) ? "" : ", and " + path + " with it") + ", so the image does not have it");
            }
            if (file.exists()) {
                return assertion.kind() == ContainerAssertion.Kind.LOWER_HAVE
                        ? FileFacts.hasFile(layer, file)
                        : FileFacts.contains(layer, file, assertion.text());
            }
        }
        return Verdict.of(false, "none of the " + group.size() + " lower (image) layers of " + assertion.name()
                + " has " + path);
    }

    /**
     * The path in one layer folder of a group. Where the layer does not have
     * it, a whiteout on a folder above it (that whole folder was deleted) is
     * what the layer holds for the path, and is returned instead.
     */
    private FileView inLayer(List<String> group, int index, String path) {
        FileView file;
        try {
            file = files.inDirectory(group, index, path);
        } catch (RuntimeException throughANonFolder) {
            // the daemon will not read a path through a file; a whiteout may be that file
            return deletedFolder(group, index, path).orElseThrow(() -> throughANonFolder);
        }
        return file.exists() ? file : deletedFolder(group, index, path).orElse(file);
    }

    private Optional<FileView> deletedFolder(List<String> group, int index, String path) {
        for (String above : ContainerPaths.foldersOn(path)) {
            FileView folder = files.inDirectory(group, index, above);
            if (folder.kind() == FileView.Kind.WHITEOUT) {
                return Optional.of(folder);
            }
            if (folder.kind() != FileView.Kind.DIRECTORY) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A directory of GraphDriver.Data, which docker-java's model leaves out; empty when there is none. */
    private String overlayDir(String container, String key) {
        return state.containerTree(container).map(tree -> tree.path("GraphDriver").path("Data").path(key).asText(""))
                .orElse("");
    }

    private static Verdict noOverlay(String name, InspectContainerResponse container) {
        String driver = container.getGraphDriver() == null ? "unknown" : container.getGraphDriver().getName();
        return Verdict.of(false, "container " + name + " has no overlay2 layer directories (storage driver: " + driver
                + "); this check needs the overlay2 storage driver");
    }
}
