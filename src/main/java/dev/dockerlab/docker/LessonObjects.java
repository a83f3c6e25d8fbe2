package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects one lesson declares, as they are on the daemon now: which exist,
 * which dockerlab made, and their removal. Only declared objects are ever
 * touched, host paths only under ${LAB}, and an object dockerlab did not make
 * only with force.
 */
public final class LessonObjects {

    /** A declared object that exists now. */
    public record Present(ObjectKind kind, String name, String identity, boolean owned) {

        public String describe() {
            return kind.word() + " " + name;
        }
    }

    /** What a removal did: removed, refused (not dockerlab's), and what failed. */
    public record Removal(List<String> removed, List<Present> refused, List<String> failures) {

        public boolean clean() {
            return refused.isEmpty() && failures.isEmpty();
        }
    }

    private final DockerClient client;
    private final RawInspect raw;
    private final Ownership ledger;
    private final Map<ObjectKind, List<String>> declared = new EnumMap<>(ObjectKind.class);
    private final List<String> paths;
    private final Path labDir;

    /**
     * @param declared the names declared, by kind
     * @param paths    the paths declared, relative to {@code labDir}
     */
    public LessonObjects(DockerConnection docker, Ownership ledger, Map<ObjectKind, List<String>> declared, List<String> paths,
                         Path labDir) {
        this.client = docker.client();
        this.raw = new RawInspect(docker);
        this.ledger = ledger;
        declared.forEach((kind, names) -> this.declared.put(kind, List.copyOf(names)));
        this.paths = List.copyOf(paths);
        this.labDir = labDir.toAbsolutePath().normalize();
    }

    /** The declared objects that exist, containers first, then volumes, then images. */
    public List<Present> present() {
        List<Present> found = new ArrayList<>();
        declared.forEach((kind, names) -> names.forEach(name ->
                identity(kind, name).ifPresent(id -> found.add(present(kind, name, id)))));
        return found;
    }

    /** "container web, volume site": the objects named as every refusal names them. */
    public static String names(List<Present> objects) {
        return objects.stream().map(Present::describe).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Declared objects that exist and that dockerlab did not make: perhaps the learner's own. */
    public List<Present> foreign() {
        return present().stream().filter(object -> !object.owned()).toList();
    }

    /**
     * Records as dockerlab's every declared object that exists now, except the
     * ones that were already there, not dockerlab's, when the lesson started.
     */
    public void recordAppeared(Set<String> foreignAtStart) {
        for (Present object : present()) {
            if (!object.owned() && !foreignAtStart.contains(object.identity())) {
                ledger.record(object.kind(), object.identity());
            }
        }
    }

    /** Removes every declared object and path; objects that are not dockerlab's only when forced. */
    public Removal remove(boolean force) {
        List<String> removed = new ArrayList<>();
        List<Present> refused = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Present object : present()) {
            if (!object.owned() && !force) {
                refused.add(object);
                continue;
            }
            try {
                removeObject(object);
                ledger.forget(object.kind(), object.identity());
                removed.add(object.describe());
            } catch (NotFoundException alreadyGone) {
                ledger.forget(object.kind(), object.identity());
            } catch (DockerException refusedByDaemon) {
                failures.add(object.describe() + ": " + refusedByDaemon.getMessage().strip());
            }
        }
        for (String path : paths) {
            removePath(path, removed, failures);
        }
        return new Removal(removed, refused, failures);
    }

    private void removeObject(Present object) {
        switch (object.kind()) {
            case CONTAINER -> client.removeContainerCmd(object.identity()).withForce(true).withRemoveVolumes(true).exec();
            case VOLUME -> client.removeVolumeCmd(object.name()).exec();
            case IMAGE -> client.removeImageCmd(object.name()).withForce(false).exec();
        }
    }

    private void removePath(String declaredPath, List<String> removed, List<String> failures) {
        Path path = labDir.resolve(declaredPath).normalize();
        if (!path.startsWith(labDir) || path.equals(labDir) || !parentStaysInLab(path)) {
            failures.add(declaredPath + ": not a path inside " + labDir + ", left alone");
            return;
        }
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            deleteTree(path);
            removed.add("path " + path);
        } catch (IOException cannotDelete) {
            failures.add(path + " could not be removed (" + cannotDelete.getMessage()
                    + "); files a container wrote as root need `sudo rm -rf " + path + "`");
        }
    }

    /** A folder on the way that is a link out of the lab folder would make the removal land elsewhere. */
    private boolean parentStaysInLab(Path path) {
        try {
            Path parent = path.getParent();
            return !Files.exists(parent) || parent.toRealPath().startsWith(labDir.toRealPath());
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private Present present(ObjectKind kind, String name, String identity) {
        return new Present(kind, name, identity, ledger.owns(kind, identity));
    }

    /** Container and image by ID; a volume by name and creation time, since it has no ID. */
    private Optional<String> identity(ObjectKind kind, String name) {
        return switch (kind) {
            case CONTAINER, IMAGE -> raw.inspect(kind, name).map(tree -> tree.path("Id").asText());
            case VOLUME -> raw.inspect(kind, name).map(LessonObjects::volumeIdentity);
        };
    }

    private static String volumeIdentity(JsonNode volume) {
        return volume.path("Name").asText() + "@" + volume.path("CreatedAt").asText();
    }
}
