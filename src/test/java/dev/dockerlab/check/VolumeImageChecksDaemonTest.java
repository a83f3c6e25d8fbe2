package dev.dockerlab.check;

import dev.dockerlab.docker.Labels;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class VolumeImageChecksDaemonTest {

    @TempDir
    Path lab;

    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void volumes(boolean hostMayRead, TestDaemon daemon) {
        String site = daemon.name("site");
        String spare = daemon.name("spare");
        Map<String, String> n = Map.of("SITE", site, "SPARE", spare, "WEB", daemon.name("web"), "GONE", daemon.name("gone"));
        daemon.sh("docker volume create --label \"$TEST_LABEL\" --label course=dockerlab " + site + " >/dev/null"
                + " && docker volume create --label \"$TEST_LABEL\" " + spare + " >/dev/null"
                + " && docker run --rm --label \"$TEST_LABEL\" -v " + site + ":/v \"$IMAGE\" sh -c 'echo Hello > /v/index.html; echo b > /v/b.txt'"
                + " && docker create --name " + n.get("WEB") + " --label \"$TEST_LABEL\" -v " + site + ":/data \"$IMAGE\" true >/dev/null");
        try (Evaluation evaluation = evaluation(daemon, hostMayRead)) {
            new Checklist(n)
                    .passes("volume SITE exists").fails("volume GONE exists")
                    .passes("volume GONE is absent").fails("volume SITE is absent")
                    .passes("volume SITE is used by WEB").fails("volume SPARE is used by WEB")
                    .passes("volume SPARE is unused").fails("volume SITE is unused")
                    .passes("volume SITE has label course=dockerlab").fails("volume SPARE has label course=dockerlab")
                    .fails("volume SITE has label course=other")
                    .passes("volume SITE has file index.html").passes("volume SITE has file /index.html")
                    .fails("volume SPARE has file index.html")
                    .passes("volume SPARE has no file index.html").fails("volume SITE has no file b.txt")
                    .passes("volume SITE file index.html contains \"Hello\"").fails("volume SITE file b.txt contains \"Hello\"")
                    // .. stops at the volume's root, as it would in a container: never the host's /etc/passwd
                    .fails("volume SITE has file ../../../../../../../../etc/passwd")
                    .passes("volume SITE file /../index.html contains \"Hello\"")
                    .verify(evaluation);
            assertThat(new Checklist(n).evaluate(evaluation, "volume SITE has file a.txt").observed())
                    .isEqualTo("volume " + site + " holds no file /a.txt; beside it: b.txt, index.html");
        }
        assertThat(daemon.sh("docker ps -a --filter label=dev.dockerlab.helper -q")).isBlank();
        assertThat(daemon.sh("docker volume ls -q")).doesNotContain(n.get("GONE"));
    }

    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void images(boolean hostMayRead, TestDaemon daemon) throws Exception {
        String tagged = daemon.name("vol-image") + ":v1";
        java.nio.file.Files.writeString(lab.resolve("Dockerfile"),
                "FROM " + daemon.labImage() + "\nLABEL " + daemon.label() + "\nVOLUME /data/html\nRUN echo original > /data/html/index.html\n");
        daemon.owns("image", tagged);
        daemon.sh("docker build -q -t " + tagged + " " + lab + " >/dev/null");
        Map<String, String> n = Map.of("TAGGED", tagged, "GONE", daemon.name("gone") + ":v1", "LABIMAGE", daemon.labImage());
        try (Evaluation evaluation = evaluation(daemon, hostMayRead)) {
            new Checklist(n)
                    .passes("image TAGGED exists").fails("image GONE exists")
                    .passes("image GONE is absent").fails("image TAGGED is absent")
                    .passes("image TAGGED declares volume /data/html").fails("image LABIMAGE declares volume /data/html")
                    .passes("image LABIMAGE file /srv/www/index.html contains \"Welcome\"")
                    .fails("image LABIMAGE file /srv/www/index.html contains \"Goodbye\"")
                    .passes("image LABIMAGE has file /bin/sh").fails("image LABIMAGE has file /data/html/index.html")
                    .passes("image LABIMAGE has no file /etc/shadow").fails("image LABIMAGE has no file /etc/passwd")
                    .passes("image LABIMAGE has no file /../../../../../../../../../etc/shadow")
                    .passes("image LABIMAGE file /srv/../srv/www/index.html contains \"Welcome\"")
                    .verify(evaluation);
        }
        assertThat(daemon.sh("docker ps -a --filter label=dev.dockerlab.helper -q")).isBlank();
    }

    /**
     * An image of four layers: one adds /opt/app with two files, one replaces
     * that folder (overlayfs marks it opaque), the top one deletes the page
     * (a whiteout) and adds another. Every answer must be what a container of
     * the image sees, whether read from the layer folders or through a helper.
     */
    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void layeredImages(boolean hostMayRead, TestDaemon daemon) throws Exception {
        String layered = daemon.name("layered") + ":v1";
        java.nio.file.Files.writeString(lab.resolve("Dockerfile"), "FROM " + daemon.labImage() + "\n"
                + "RUN mkdir -p /opt/app && echo old > /opt/app/old.txt && echo new > /opt/app/new.txt\n"
                + "RUN rm -rf /opt/app && mkdir /opt/app && echo newer > /opt/app/new.txt\n"
                + "RUN rm /srv/www/index.html && echo kept > /srv/www/kept.html\n"
                + "LABEL " + daemon.label() + "\n");
        daemon.owns("image", layered);
        daemon.sh("docker build -q -t " + layered + " " + lab + " >/dev/null");
        Map<String, String> n = Map.of("LAYERED", layered);
        List<String> readFromTheLayers = List.of(
                "image LAYERED file /srv/www/kept.html contains \"kept\"",
                "image LAYERED file /opt/app/new.txt contains \"newer\"",
                "image LAYERED file /bin/busybox contains \"ELF\"");

        Instant since = Instant.now();
        try (Evaluation evaluation = evaluation(daemon, hostMayRead)) {
            Checklist checklist = new Checklist(n);
            readFromTheLayers.forEach(checklist::passes);
            checklist.verify(evaluation);
        }
        Instant until = Instant.now();
        String helpersMade = daemon.sh("docker events --filter label=" + Labels.HELPER + " --filter event=create"
                + " --format '{{.ID}}' --since " + timestamp(since) + " --until " + timestamp(until));
        Path upper = Path.of(daemon.sh("docker image inspect -f '{{.GraphDriver.Data.UpperDir}}' " + layered).strip());
        boolean layersReadable = java.nio.file.Files.isReadable(upper) && java.nio.file.Files.isExecutable(upper);
        if (hostMayRead && layersReadable) {
            assertThat(helpersMade).as("a file the layers show exactly needs no helper").isBlank();
        } else if (!hostMayRead) {
            assertThat(helpersMade).isNotBlank();
        }

        try (Evaluation evaluation = evaluation(daemon, hostMayRead)) {
            new Checklist(n)
                    .fails("image LAYERED file /opt/app/new.txt contains \"old\"")
                    .passes("image LAYERED has no file /srv/www/index.html")
                    .fails("image LAYERED has file /srv/www/index.html")
                    .passes("image LAYERED has no file /opt/app/old.txt")
                    .fails("image LAYERED file /opt/app/old.txt contains \"old\"")
                    .passes("image LAYERED has file /srv/www")
                    .verify(evaluation);
        }
        assertThat(daemon.sh("docker ps -a --filter label=dev.dockerlab.helper -q")).isBlank();
    }

    private static String timestamp(Instant instant) {
        return "%d.%09d".formatted(instant.getEpochSecond(), instant.getNano());
    }

    private Evaluation evaluation(TestDaemon daemon, boolean hostMayRead) {
        return new Evaluation(daemon.connection(), new Shell(new Variables(lab.toString(), daemon.labImage(), "test")),
                daemon.labImage(), hostMayRead, List.of());
    }
}
