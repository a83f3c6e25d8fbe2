package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Info;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What `docker info` says about storage, as Docker 20.10 / 26 and Podman 4.3 answer it. */
class StorageDriverTest {

    static StorageDriver storage(String infoJson) throws Exception {
        return StorageDriver.of(RawInspect.as(new ObjectMapper().readTree(infoJson), Info.class));
    }

    @Test
    void podmansOverlayIsLaidOutAsOverlay2() throws Exception {
        StorageDriver podman = storage("{\"Driver\": \"overlay\", \"DriverStatus\": [[\"Backing Filesystem\", \"xfs\"],"
                + " [\"Native Overlay Diff\", \"true\"]]}");

        assertThat(podman.isOverlay2()).isTrue();
        assertThat(podman.requirementName()).as("requires: storage-driver: overlay2").isEqualTo("overlay2");
        assertThat(StorageDriver.showsOverlayDirectories("overlay")).isTrue();
    }

    @Test
    void theContainerdStoresOverlayfsHasOverlayLayersThatInspectDoesNotName() throws Exception {
        StorageDriver containerd = storage("{\"Driver\": \"overlayfs\","
                + " \"DriverStatus\": [[\"driver-type\", \"io.containerd.snapshotter.v1\"]]}");

        assertThat(containerd.isOverlay2()).as("docker inspect names no folders").isFalse();
        assertThat(containerd.hasOverlayLayers()).isTrue();
        assertThat(containerd.requirementName()).as("requires: storage-driver: overlay2").isEqualTo("overlay2");
    }

    @Test
    void otherSnapshottersAndDriversHaveNoOverlayLayers() throws Exception {
        StorageDriver nativeSnapshotter = storage("{\"Driver\": \"native\","
                + " \"DriverStatus\": [[\"driver-type\", \"io.containerd.snapshotter.v1\"]]}");
        StorageDriver vfs = storage("{\"Driver\": \"vfs\", \"DriverStatus\": []}");

        assertThat(nativeSnapshotter.hasOverlayLayers()).isFalse();
        assertThat(nativeSnapshotter.requirementName()).isEqualTo("containerd-native");
        assertThat(vfs.hasOverlayLayers()).isFalse();
        assertThat(vfs.isOverlay2()).isFalse();
        assertThat(vfs.requirementName()).isEqualTo("vfs");
        assertThat(storage("{\"Driver\": \"overlay2\"}").requirementName()).isEqualTo("overlay2");
    }
}
