package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The objects one lesson declares, as they are on the daemon now: which exist,
 * which dockerlab made, and their removal. Only declared objects are ever
 * touched, host paths only under ${LAB}, and an object dockerlab did not make
 * only with force. Whenever it looks, it first claims what a killed run's
 * script made (see {@link RunIntent}), so a crash never blocks the next run.
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

    private final DockerConnection docker;
    private final DockerClient client;
    private final RawInspect raw;
    private final Ownership ledger;
    private final String labImage;
    private final Map<ObjectKind, List<String>> declared = new EnumMap<>(ObjectKind.class);
    private final List<String> paths;
    private final Path labDir;

    /**
     * @param declared the names declared, by kind
     * @param paths    the paths declared, relative to {@code labDir}
     * @param labImage the image that removes, as root, files a container wrote as root into those paths
     */
    public LessonObjects(DockerConnection docker, Ownership ledger, Map<ObjectKind, List<String>> declared, List<String> paths,
                         Path labDir, String labImage) {
        this.docker = docker;
        this.client = docker.client();
        this.labImage = labImage;
        this.raw = new RawInspect(docker);
        this.ledger = ledger;
        declared.forEach((kind, names) -> this.declared.put(kind, List.copyOf(names)));
        this.paths = List.copyOf(paths);
        this.labDir = labDir.toAbsolutePath().normalize();
    }

    /**
     * The declared objects that exist, containers first, then volumes, then
     * images; those a killed run's script made are claimed as dockerlab's first.
     */
    public List<Present> present() {
        List<Ownership.Sighting> seen = new ArrayList<>();
        declared.forEach((kind, names) -> names.forEach(name -> sight(kind, name).ifPresent(seen::add)));
        if (!ledger.openRuns().isEmpty()) {
            ledger.claimInterrupted(daemon(), seen, declared, Instant.now(), RunIntent.Processes.THIS_MACHINE);
        }
        return seen.stream().map(object -> new Present(object.kind(), object.name(), object.identity(),
                ledger.owns(object.kind(), object.identity()))).toList();
    }

    /**
     * Announces, durably, a script about to run: until it is {@linkplain #endRun ended},
     * a crash leaves the ledger able to claim the declared objects the script makes.
     */
    public RunIntent beginRun(Duration limit) {
        Set<String> before = present().stream().map(Present::identity).collect(Collectors.toSet());
        RunIntent intent = RunIntent.open(daemon(), declared, before, Instant.now(), limit);
        ledger.open(intent);
        return intent;
    }

    /**
     * The script ended at {@code ended}: records what appeared (as {@link #recordAppeared})
     * and closes the intent. When the daemon cannot be asked, the intent is kept,
     * its window closed at {@code ended}, for the next run to claim from.
     */
    public void endRun(RunIntent intent, Instant ended, Set<String> foreignAtStart) {
        try {
            recordAppeared(foreignAtStart);
        } catch (RuntimeException cannotRecord) {
            try {
                ledger.ended(intent, ended);
            } catch (RuntimeException cannotWrite) {
                cannotRecord.addSuppressed(cannotWrite);
            }
            throw cannotRecord;
        }
        ledger.close(intent);
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
                ledger.record(object.kind(), object.identity(), daemon());
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
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            deleteTree(path);
            removed.add("path " + path);
        } catch (AccessDeniedException rootOwned) {
            removeAsRoot(path, rootOwned, removed, failures);
        } catch (IOException cannotDelete) {
            failures.add(path + " could not be removed (" + cannotDelete.getMessage() + ")");
        }
    }

    /**
     * A container that ran as root wrote there (or Docker made the missing bind
     * source, as root): a user in the docker group cannot delete it, but a
     * short-lived container can. Only for a daemon on this machine, whose bind
     * mounts see these very files.
     */
    private void removeAsRoot(Path path, AccessDeniedException refused, List<String> removed, List<String> failures) {
        String byHand = path + " could not be removed (permission denied: " + refused.getFile()
                + "); files a container wrote as root need `sudo rm -rf " + path + "`";
        if (!docker.endpoint().isUnixSocket()) {
            failures.add(byHand);
            return;
        }
        try {
            HelperContainers.removeAsRoot(client, labImage, path.getParent().toRealPath(), path.getFileName().toString());
        } catch (DockerException | DockerClientException | IOException helperFailed) {
            failures.add(byHand);
            return;
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            failures.add(byHand);
        } else {
            removed.add("path " + path);
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

    private String daemon() {
        return DaemonIdentity.of(client);
    }

    /** Its identity (container and image by ID, a volume by name and creation time, having no ID) and when it was made. */
    private Optional<Ownership.Sighting> sight(ObjectKind kind, String name) {
        return raw.inspect(kind, name).map(tree -> new Ownership.Sighting(kind, name, switch (kind) {
            case CONTAINER, IMAGE -> tree.path("Id").asText();
            case VOLUME -> volumeIdentity(tree);
        }, created(kind, tree)));
    }

    private static String volumeIdentity(JsonNode volume) {
        return volume.path("Name").asText() + "@" + volume.path("CreatedAt").asText();
    }

    /**
     * When the object came to this daemon. An image's Created is when it was
     * built, perhaps years ago; its LastTagTime is when it was tagged here.
     * Unknown reads as long ago: never inside a run's window.
     */
    private static Instant created(ObjectKind kind, JsonNode tree) {
        Instant longAgo = Instant.EPOCH;
        return switch (kind) {
            case CONTAINER -> RunIntent.parseCreated(tree.path("Created").asText()).orElse(longAgo);
            case VOLUME -> RunIntent.parseCreated(tree.path("CreatedAt").asText()).orElse(longAgo);
            case IMAGE -> RunIntent.parseCreated(tree.path("Metadata").path("LastTagTime").asText())
                    .orElse(RunIntent.parseCreated(tree.path("Created").asText()).orElse(longAgo));
        };
    }
}
