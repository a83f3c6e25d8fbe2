package dev.dockerlab.check;

import dev.dockerlab.testing.EngineTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layer list on Podman's overlay, which names its folders in docker
 * inspect as overlay2 does but puts no init layer under a container: its
 * LowerDir lists the image's layers only. Run with DOCKERLAB_PODMAN_HOST set.
 */
@EngineTest("DOCKERLAB_PODMAN_HOST")
class PodmanLayersDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theLowerLayersAreListedAsInspectNamesThemWithNoInitLayer(TestDaemon podman) {
        String web = podman.name("plain");
        podman.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null");
        assertThat(podman.sh("docker inspect -f '{{.GraphDriver.Data.LowerDir}}' " + web))
                .as("Podman makes no -init layer").doesNotContain("-init");

        LayerListDaemonTest.proveLayerList(podman, lab);
    }
}
