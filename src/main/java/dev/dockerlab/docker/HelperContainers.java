package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.VolumeOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Short-lived containers that are created but never started, only to read
 * files through the archive API: a volume or a layer directory mounted
 * read-only, or an image's own file system. They carry the helper label, read
 * nothing they could change (volumes are mounted with no copy-up), and are all
 * removed on close. One kind is started: {@link #removeAsRoot}, the only
 * helper that writes, to delete root-owned files in one folder of ${LAB}.
 */
public final class HelperContainers implements AutoCloseable {

    static final String VOLUME_MOUNT = "/mnt/dockerlab/volume";
    private static final long LEFTOVER_AFTER_SECONDS = 600;
    private static final Duration REMOVAL_LIMIT = Duration.ofSeconds(60);
    private static final Duration READING_LIMIT = Duration.ofSeconds(20);
    static final String DIRECTORY_MOUNT = "/mnt/dockerlab/dir";

    private final DockerClient client;
    private final String labImage;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    public HelperContainers(DockerClient client, String labImage) {
        this.client = client;
        this.labImage = labImage;
    }

    /** A helper that sees the volume read-only at {@link #VOLUME_MOUNT}. */
    public String forVolume(String volume) {
        return made.computeIfAbsent("volume:" + volume, key -> create(labImage, List.of(new Mount()
                .withType(MountType.VOLUME).withSource(volume).withTarget(VOLUME_MOUNT).withReadOnly(true)
                .withVolumeOptions(new VolumeOptions().withNoCopy(true)))));
    }

    /** A helper whose own file system is the image's. */
    public String forImage(String image) {
        return made.computeIfAbsent("image:" + image, key -> create(image, List.of()));
    }

    /** A helper that sees each host directory (of the daemon's host) read-only at {@code DIRECTORY_MOUNT/N}. */
    public String forDirectories(List<String> directories) {
        return made.computeIfAbsent("dirs:" + String.join(":", directories), key -> {
            List<Mount> mounts = new ArrayList<>();
            for (int i = 0; i < directories.size(); i++) {
                mounts.add(new Mount().withType(MountType.BIND).withSource(directories.get(i))
                        .withTarget(DIRECTORY_MOUNT + "/" + i).withReadOnly(true));
            }
            return create(labImage, mounts);
        });
    }

    /**
     * Runs {@code command} (one that only reads) as root in a helper that sees
     * the host directory (of the daemon's host) read-only at {@code DIRECTORY_MOUNT},
     * and waits within a bound for it to end. The helper stays, for its logs,
     * until {@link #close}.
     *
     * @return the ended helper's ID
     * @throws DockerException when the helper could not run or did not end in time
     */
    public String ranOver(String directory, List<String> command) {
        String id = client.createContainerCmd(labImage)
                .withCmd(command)
                .withUser("0:0")
                .withLabels(Map.of(Labels.HELPER, String.valueOf(System.currentTimeMillis() / 1000)))
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withMounts(List.of(new Mount().withType(MountType.BIND)
                        .withSource(directory).withTarget(DIRECTORY_MOUNT).withReadOnly(true))))
                .exec()
                .getId();
        made.put("ran:" + id, id);
        client.startContainerCmd(id).exec();
        try {
            client.waitContainerCmd(id).start().awaitStatusCode(READING_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (DockerClientException late) {
            throw new DockerException("a reading helper did not end within " + READING_LIMIT.toSeconds() + " s", 500);
        }
        return id;
    }

    public static String directoryMount() {
        return DIRECTORY_MOUNT;
    }

    public static String directoryMount(int index) {
        return DIRECTORY_MOUNT + "/" + index;
    }

    public static String volumeMount() {
        return VOLUME_MOUNT;
    }

    private String create(String image, List<Mount> mounts) {
        return client.createContainerCmd(image)
                .withCmd("true")
                .withLabels(Map.of(Labels.HELPER, String.valueOf(System.currentTimeMillis() / 1000)))
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withMounts(mounts))
                .exec()
                .getId();
    }

    /**
     * Removes {@code name} inside the host folder {@code folder} (of the daemon's
     * host) as root, through a container that mounts only that folder and runs
     * {@code rm -rf} on the one entry (no shell, so no name is ever read as
     * code), and waits for it within a bound. For files a container wrote as
     * root into a lesson's folder, which the user may not delete.
     *
     * @throws DockerException when the helper could not run or did not succeed
     */
    public static void removeAsRoot(DockerClient client, String image, Path folder, String name) {
        String id = client.createContainerCmd(image)
                .withCmd("rm", "-rf", "--", DIRECTORY_MOUNT + "/" + name)
                .withUser("0:0")
                .withLabels(Map.of(Labels.HELPER, String.valueOf(System.currentTimeMillis() / 1000)))
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withMounts(List.of(new Mount().withType(MountType.BIND)
                        .withSource(folder.toString()).withTarget(DIRECTORY_MOUNT))))
                .exec()
                .getId();
        try {
            client.startContainerCmd(id).exec();
            Integer status = client.waitContainerCmd(id).start().awaitStatusCode(REMOVAL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (status == null || status != 0) {
                throw new DockerException("rm -rf in a helper container exited with status " + status, 500);
            }
        } finally {
            remove(client, id);
        }
    }

    /**
     * Removes helpers a killed run left behind: only containers with the helper
     * label, and only those older than any evaluation lasts, since another
     * dockerlab (a REPL beside a check) may be reading through its own.
     */
    public static int removeLeftovers(DockerClient client) {
        long cutoff = System.currentTimeMillis() / 1000 - LEFTOVER_AFTER_SECONDS;
        List<Container> leftovers = client.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.HELPER)).exec().stream()
                .filter(helper -> helper.getCreated() != null && helper.getCreated() < cutoff)
                .toList();
        for (Container leftover : leftovers) {
            remove(client, leftover.getId());
        }
        return leftovers.size();
    }

    @Override
    public void close() {
        made.values().forEach(id -> remove(client, id));
        made.clear();
    }

    /** With its anonymous volumes: a helper made from an image that declares VOLUME gets some. Named ones stay. */
    private static void remove(DockerClient client, String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (DockerException goneOrBusy) {
            // already removed, or the daemon is busy: removeLeftovers takes it next time
        }
    }
}
