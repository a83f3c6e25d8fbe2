package dev.dockerlab.check;

import dev.dockerlab.docker.ContainerLayers;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.EngineTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layer checks on Docker's containerd image store, where docker inspect
 * shows {@code "GraphDriver": {"Name": "overlayfs", "Data": null}} and the
 * folders are read from the running container's mount table. Run with
 * DOCKERLAB_CONTAINERD_HOST set (scripts/engines --keep docker26-containerd
 * prints it).
 */
@EngineTest("DOCKERLAB_CONTAINERD_HOST")
class ContainerdChecksDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theEngineIsTheContainerdStoreAndTheLayerLessonsApply(TestDaemon containerd) {
        StorageDriver storage = StorageDriver.of(containerd.client().infoCmd().exec());
        assertThat(storage.containerdSnapshotter()).as("the premise: this engine uses the containerd store").isTrue();
        assertThat(storage.requirementName()).as("requires: storage-driver: overlay2").isEqualTo("overlay2");
    }

    @Test
    void theLayersOfARunningContainerComeFromItsMountTable(TestDaemon containerd) {
        String web = containerd.name("web");
        containerd.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null");
        assertThat(containerd.sh("docker inspect -f '{{json .GraphDriver.Data}}' " + web).strip())
                .as("the premise: inspect names no folders").isEqualTo("null");

        try (LiveDockerState state = new LiveDockerState(containerd.connection(), containerd.labImage(), true)) {
            ContainerLayers layers = state.layers(web).orElseThrow();
            assertThat(layers.source()).isEqualTo(ContainerLayers.Source.MOUNT_TABLE);
            assertThat(layers.lower()).as("Docker's init snapshot, then the image's one layer").hasSize(2);
            assertThat(layers.upper()).contains("io.containerd.snapshotter.v1.overlayfs/snapshots/").endsWith("/fs");
            assertThat(Files.isDirectory(Path.of(layers.upper()))).isTrue();
        }
    }

    @Test
    void theLayerChecksReadTheSnapshotsOfARunningContainer(TestDaemon containerd) {
        String web = containerd.name("web");
        containerd.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker exec " + web + " sh -c 'echo changed > /srv/www/index.html; echo new > /srv/www/new.html;"
                + " rm /bin/ls'");
        Map<String, String> n = Map.of("WEB", web);

        for (boolean hostMayRead : List.of(true, false)) {
            try (Evaluation evaluation = evaluation(containerd, hostMayRead)) {
                new Checklist(n)
                        .passes("container WEB upper layer has /srv/www/new.html")
                        .fails("container WEB upper layer has /bin/busybox")
                        .passes("not container WEB upper layer has /bin/busybox")
                        .passes("container WEB upper layer file /srv/www/index.html contains \"changed\"")
                        .fails("container WEB upper layer file /srv/www/index.html contains \"Welcome\"")
                        .passes("container WEB upper layer has whiteout /bin/ls")
                        .fails("container WEB upper layer has whiteout /bin/busybox")
                        .passes("container WEB lower layers have /srv/www/index.html")
                        .fails("container WEB lower layers have /srv/www/new.html")
                        .passes("container WEB lower layers file /srv/www/index.html contains \"Welcome\"")
                        .fails("container WEB lower layers file /srv/www/index.html contains \"changed\"")
                        .verify(evaluation);
            }
        }
    }

    @Test
    void theLowerLayersAreListedAsTheMountTableNamesThem(TestDaemon containerd) {
        LayerListDaemonTest.proveLayerList(containerd, lab);
    }

    @Test
    void aStoppedContainersLayersCannotBeFoundAndNotDoesNotPass(TestDaemon containerd) {
        String web = containerd.name("web");
        containerd.sh("docker run --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sh -c 'echo new > /new.html'");
        Map<String, String> n = Map.of("WEB", web);

        try (Evaluation evaluation = evaluation(containerd, true)) {
            Verdict has = new Checklist(n).evaluate(evaluation, "container WEB upper layer has /new.html");
            Verdict negated = new Checklist(n).evaluate(evaluation, "not container WEB upper layer has /new.html");

            assertThat(has.status()).isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(negated.status()).isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(has.observed()).contains("is not running", "containerd image store");
        }
    }

    @Test
    void aRestartIsComparedWithTheTimesInTheUpperLayer(TestDaemon containerd) {
        String web = containerd.name("web");
        String other = containerd.name("other");
        String server = " --label \"$TEST_LABEL\" \"$IMAGE\" httpd -f -p 80 -h /srv/www >/dev/null";
        containerd.sh("docker run -d --name " + web + server + " && docker run -d --name " + other + server
                + " && docker exec " + web + " sh -c 'echo changed > /srv/www/index.html'"
                + " && docker restart -t 0 " + web + " >/dev/null"
                + " && docker exec " + other + " sh -c 'echo changed > /srv/www/index.html'");
        Map<String, String> n = Map.of("WEB", web, "OTHER", other);

        try (Evaluation evaluation = evaluation(containerd, true)) {
            new Checklist(n)
                    .passes("container WEB was restarted after its files changed")
                    .fails("container OTHER was restarted after its files changed")
                    .verify(evaluation);
        }
        try (LiveDockerState state = new LiveDockerState(containerd.connection(), containerd.labImage(), true)) {
            List<FileChange> changes = state.changeTimes(state.containerTree(web).orElseThrow(), Optional.empty());
            assertThat(changes).extracting(FileChange::path).contains("/srv/www/index.html");
            assertThat(changes).as("read in the upper layer, to the nanosecond, not through the archive API")
                    .noneMatch(FileChange::toTheSecond);
        }
    }

    private Evaluation evaluation(TestDaemon containerd, boolean hostMayRead) {
        return new Evaluation(containerd.connection(), new Shell(new Variables(lab.toString(), containerd.labImage(), "test")),
                containerd.labImage(), hostMayRead, List.of());
    }
}
