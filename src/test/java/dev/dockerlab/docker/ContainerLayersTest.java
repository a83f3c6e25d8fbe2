package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Layer folders as docker inspect names them, and as a container's mount table does. */
class ContainerLayersTest {

    private static final String SNAPSHOTS = "/var/lib/docker/containerd/daemon/io.containerd.snapshotter.v1.overlayfs/snapshots";

    /** Docker 26's containerd store: the container's root, then two of its other mounts. */
    private static final String MOUNTINFO = "109 206 0:74 / / rw,relatime master:8 - overlay overlay rw,lowerdir="
            + SNAPSHOTS + "/567/fs:" + SNAPSHOTS + "/4/fs,upperdir=" + SNAPSHOTS + "/568/fs,workdir=" + SNAPSHOTS
            + "/568/work\n"
            + "110 109 0:90 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw\n"
            + "113 109 0:91 / /dev rw,nosuid - tmpfs tmpfs rw,size=65536k,mode=755\n";

    @Test
    void theRootOverlayOfAMountTableNamesTheLayers() {
        ContainerLayers layers = ContainerLayers.fromMountInfo(MOUNTINFO).orElseThrow();

        assertThat(layers.lower()).containsExactly(SNAPSHOTS + "/567/fs", SNAPSHOTS + "/4/fs");
        assertThat(layers.upper()).isEqualTo(SNAPSHOTS + "/568/fs");
        assertThat(layers.work()).isEqualTo(SNAPSHOTS + "/568/work");
        assertThat(layers.merged()).as("the container sees it as /").isEmpty();
        assertThat(layers.source()).isEqualTo(ContainerLayers.Source.MOUNT_TABLE);
    }

    @Test
    void aRootThatIsNoOverlayOrNamesRelativeFoldersHasNone() {
        String vfs = "50 40 8:1 /var/lib/docker/vfs/dir/abc / rw,relatime - ext4 /dev/sda1 rw\n";
        String relative = MOUNTINFO.replace(SNAPSHOTS + "/567/fs:" + SNAPSHOTS + "/4/fs", "567/fs:4/fs");

        assertThat(ContainerLayers.fromMountInfo(vfs)).isEmpty();
        assertThat(ContainerLayers.fromMountInfo(relative)).isEmpty();
        assertThat(ContainerLayers.fromMountInfo("")).isEmpty();
    }

    @Test
    void escapedCharactersInAMountTableAreReadBack() {
        String spaced = MOUNTINFO.replace(SNAPSHOTS + "/568/fs,", "/var/lib/my\\040docker/568/fs,");

        assertThat(ContainerLayers.fromMountInfo(spaced).orElseThrow().upper()).isEqualTo("/var/lib/my docker/568/fs");
        assertThat(ContainerLayers.unescape("a\\134b\\0")).isEqualTo("a\\b\\0");
    }

    @Test
    void overlay2AndPodmanNameTheLayersInInspect() throws Exception {
        String overlay2 = "{\"GraphDriver\": {\"Name\": \"overlay2\", \"Data\": {\"LowerDir\": \"/d/a-init/diff:/d/b/diff\","
                + " \"UpperDir\": \"/d/a/diff\", \"MergedDir\": \"/d/a/merged\", \"WorkDir\": \"/d/a/work\"}}}";
        String podman = overlay2.replace("overlay2", "overlay");

        ContainerLayers layers = ContainerLayers.fromGraphDriver(new ObjectMapper().readTree(overlay2)).orElseThrow();

        assertThat(layers.lower()).isEqualTo(List.of("/d/a-init/diff", "/d/b/diff"));
        assertThat(layers.upper()).isEqualTo("/d/a/diff");
        assertThat(layers.merged()).isEqualTo(Optional.of("/d/a/merged"));
        assertThat(layers.source()).isEqualTo(ContainerLayers.Source.GRAPH_DRIVER);
        assertThat(ContainerLayers.fromGraphDriver(new ObjectMapper().readTree(podman))).isPresent();
    }

    @Test
    void theContainerdStoresInspectNamesNone() throws Exception {
        String containerd = "{\"GraphDriver\": {\"Name\": \"overlayfs\", \"Data\": null}}";

        assertThat(ContainerLayers.fromGraphDriver(new ObjectMapper().readTree(containerd))).isEmpty();
    }
}
