package dev.dockerlab.check;

import dev.dockerlab.docker.Engine;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.EngineTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks on Podman's Docker API, where images are named
 * docker.io/library/NAME (built through the API) or localhost/NAME (built
 * with podman) and the overlay driver is called "overlay". Run with
 * DOCKERLAB_PODMAN_HOST set (scripts/engines --keep podman prints it).
 */
@EngineTest("DOCKERLAB_PODMAN_HOST")
class PodmanChecksDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theEngineIsPodmanOnOverlay(TestDaemon podman) {
        assertThat(Engine.of(podman.connection().version()).isPodman()).isTrue();
        StorageDriver storage = StorageDriver.of(podman.client().infoCmd().exec());
        assertThat(storage.requirementName()).as("requires: storage-driver: overlay2").isEqualTo("overlay2");
    }

    @Test
    void anImageBuiltHereIsFoundByTheNameItWasGiven(TestDaemon podman) throws Exception {
        String tagged = podman.name("site") + ":v1";
        Files.writeString(lab.resolve("Dockerfile"), "FROM " + podman.labImage() + "\nLABEL " + podman.label()
                + "\nVOLUME /data/html\n");
        podman.owns("image", tagged);
        podman.sh("docker build -q -t " + tagged + " " + lab + " >/dev/null");
        assertThat(podman.sh("docker image inspect -f '{{join .RepoTags \",\"}}' " + tagged).strip())
                .as("the premise: Podman files it under a registry's name").endsWith("/" + tagged);
        String web = podman.name("web");
        podman.sh("docker create --name " + web + " --label \"$TEST_LABEL\" " + tagged + " true >/dev/null");
        Map<String, String> n = Map.of("TAGGED", tagged, "OTHER", podman.name("other") + ":v1", "WEB", web,
                "LABIMAGE", podman.labImage());

        try (Evaluation evaluation = evaluation(podman)) {
            new Checklist(n)
                    .passes("image TAGGED exists").fails("image OTHER exists")
                    .passes("image TAGGED declares volume /data/html").fails("image LABIMAGE declares volume /data/html")
                    .passes("container WEB uses image TAGGED").fails("container WEB uses image LABIMAGE")
                    .verify(evaluation);
        }
    }

    @Test
    void theLayerChecksReadPodmansOverlayDirectories(TestDaemon podman) {
        String web = podman.name("web");
        podman.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker exec " + web + " sh -c 'echo changed > /srv/www/index.html; echo new > /srv/www/new.html'");
        Map<String, String> n = Map.of("WEB", web);

        try (Evaluation evaluation = evaluation(podman)) {
            new Checklist(n)
                    .passes("container WEB upper layer has /srv/www/new.html")
                    .fails("container WEB upper layer has /bin/busybox")
                    .passes("container WEB upper layer file /srv/www/index.html contains \"changed\"")
                    .passes("container WEB lower layers have /srv/www/index.html")
                    .fails("container WEB lower layers have /srv/www/new.html")
                    .passes("container WEB lower layers file /srv/www/index.html contains \"Welcome\"")
                    .verify(evaluation);
        }
    }

    @Test
    void aVolumesFromClientMountsTheBindPodmansInspectLeavesOut(TestDaemon podman) throws Exception {
        Path site = Files.createDirectories(lab.resolve("site"));
        String server = podman.name("server");
        String reader = podman.name("reader");
        podman.sh("docker run -d --name " + server + " --label \"$TEST_LABEL\" -v " + site + ":/srv/www \"$IMAGE\" sleep 600"
                + " >/dev/null && docker run -d --name " + reader + " --label \"$TEST_LABEL\" --volumes-from " + server
                + ":ro \"$IMAGE\" sleep 600 >/dev/null");
        assertThat(podman.sh("docker inspect --format '{{len .Mounts}}' " + reader).strip())
                .as("the premise: Podman's inspect lists no mount of the client").isEqualTo("0");
        Map<String, String> n = Map.of("READER", reader, "SITE", site.toString());

        try (Evaluation evaluation = evaluation(podman)) {
            new Checklist(n)
                    .passes("container READER mounts bind SITE at /srv/www read-only")
                    .fails("container READER mounts bind SITE at /srv/www read-write")
                    .fails("container READER has no mount at /srv/www")
                    .verify(evaluation);
        }
    }

    private Evaluation evaluation(TestDaemon podman) {
        return new Evaluation(podman.connection(), new Shell(new Variables(lab.toString(), podman.labImage(), "test")),
                podman.labImage(), true, List.of());
    }
}
