package dev.dockerlab.check;

import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class ContainerChecksDaemonTest {

    @TempDir
    Path lab;

    private Map<String, String> names(TestDaemon daemon) {
        return Map.of("WEB", daemon.name("web"), "EXITED", daemon.name("exited"), "CLIENT", daemon.name("client"),
                "FRESH", daemon.name("fresh"), "VOL", daemon.name("vol"), "LAB", lab.toString(), "IMAGE", daemon.labImage());
    }

    /** One running web server with a volume, a read-only bind, an anonymous volume and a tmpfs; one exited container. */
    private void makeState(TestDaemon daemon, Map<String, String> n) {
        daemon.sh("mkdir -p " + lab + "/html && echo 'Hello from the host' > " + lab + "/html/index.html"
                + " && docker volume create --label \"$TEST_LABEL\" " + n.get("VOL") + " >/dev/null"
                + " && docker run -d --name " + n.get("WEB") + " --label \"$TEST_LABEL\""
                + " -v " + n.get("VOL") + ":/data/html -v " + lab + "/html:/site:ro -v /anon --tmpfs /cache"
                + " \"$IMAGE\" sh -c 'echo server ready; exec httpd -f -p 80 -h /srv/www' >/dev/null"
                + " && docker exec " + n.get("WEB") + " sh -c 'echo changed > /srv/www/index.html; echo new > /newfile; rm /etc/group; ln -s /srv /linked'"
                + " && docker run --name " + n.get("EXITED") + " --label \"$TEST_LABEL\" \"$IMAGE\" sh -c 'exit 3'"
                + " || true; docker create --name " + n.get("CLIENT") + " --label \"$TEST_LABEL\" --volumes-from "
                + n.get("WEB") + " \"$IMAGE\" true >/dev/null");
    }

    private Evaluation evaluation(TestDaemon daemon, boolean hostMayRead, List<String> typed) {
        Shell shell = new Shell(new Variables(lab.toString(), daemon.labImage(), "test"));
        return new Evaluation(daemon.connection(), shell, daemon.labImage(), hostMayRead, typed);
    }

    @Test
    void lifeCycleImageAndVolumesFrom(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        makeState(daemon, n);
        try (Evaluation evaluation = evaluation(daemon, true, List.of())) {
            new Checklist(n)
                    .passes("container WEB exists").fails("container FRESH exists")
                    .passes("container FRESH is absent").fails("container WEB is absent")
                    .passes("container WEB is running").fails("container EXITED is running")
                    .passes("container EXITED is stopped").passes("container CLIENT is stopped").fails("container WEB is stopped")
                    .passes("container EXITED exited with code 3").fails("container EXITED exited with code 0")
                    .fails("container WEB exited with code 0")
                    .passes("container WEB uses image IMAGE").fails("container WEB uses image busybox:9.99")
                    .passes("container CLIENT has volumes from WEB").fails("container WEB has volumes from CLIENT")
                    .passes("not container WEB is absent").fails("not container WEB is running")
                    .verify(evaluation);
        }
    }

    @Test
    void mounts(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        makeState(daemon, n);
        try (Evaluation evaluation = evaluation(daemon, true, List.of())) {
            new Checklist(n)
                    .passes("container WEB mounts volume VOL at /data/html")
                    .passes("container WEB mounts volume VOL at /data/html read-write")
                    .fails("container WEB mounts volume VOL at /data/html read-only")
                    .fails("container WEB mounts volume VOL at /site")
                    .passes("container WEB mounts anonymous volume at /anon")
                    .fails("container WEB mounts anonymous volume at /data/html")
                    .passes("container WEB mounts bind LAB/html at /site read-only")
                    .passes("container WEB mounts bind LAB/html/ at /site/")
                    .fails("container WEB mounts bind LAB/html at /site read-write")
                    .fails("container WEB mounts bind LAB/other at /site")
                    .passes("container WEB mounts tmpfs at /cache").fails("container WEB mounts tmpfs at /anon")
                    .passes("container WEB has no mount at /srv/www").fails("container WEB has no mount at /data/html")
                    .passes("container CLIENT mounts volume VOL at /data/html")
                    .passes("container CLIENT mounts bind LAB/html at /site read-only")
                    .fails("container EXITED mounts volume VOL at /data/html")
                    .verify(evaluation);
        }
    }

    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void filesDiffAndLayers(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        makeState(daemon, n);
        try (Evaluation evaluation = evaluation(daemon, hostMayRead, List.of())) {
            new Checklist(n)
                    .passes("container WEB has file /srv/www/index.html").fails("container WEB has file /srv/www/missing.html")
                    .passes("container WEB has no file /etc/group").fails("container WEB has no file /newfile")
                    .passes("container WEB file /srv/www/index.html contains \"changed\"")
                    .fails("container WEB file /srv/www/index.html contains \"Welcome\"")
                    .passes("container WEB file /site/index.html contains \"Hello from the host\"")
                    .passes("container EXITED file /srv/www/index.html contains \"Welcome to dockerlab\"")
                    .passes("container WEB file /linked/www/index.html contains \"changed\"")
                    .passes("container WEB file /data/html/../../srv/www/index.html contains \"changed\"")
                    .passes("container WEB has file /etc/hostname")
                    .fails("container WEB file /etc/hostname contains \"nonsense\"")
                    .passes("container WEB diff shows added /newfile").fails("container WEB diff shows added /srv/www/index.html")
                    .passes("container WEB diff shows changed /srv/www/index.html").fails("container WEB diff shows changed /newfile")
                    .passes("container WEB diff shows deleted /etc/group").fails("container WEB diff shows deleted /etc/passwd")
                    .passes("container WEB upper layer has /srv/www/index.html").fails("container WEB upper layer has /bin/busybox")
                    .fails("container WEB upper layer has /etc/group")
                    .passes("container WEB upper layer has whiteout /etc/group")
                    .fails("container WEB upper layer has whiteout /srv/www/index.html")
                    .fails("container WEB upper layer has whiteout /bin/busybox")
                    .fails("container WEB upper layer file /etc/group contains \"root\"")
                    .passes("container WEB lower layers file /etc/group contains \"root\"")
                    .passes("container WEB upper layer file /srv/www/index.html contains \"changed\"")
                    .fails("container WEB upper layer file /srv/www/index.html contains \"Welcome\"")
                    .passes("container WEB lower layers have /srv/www/index.html").fails("container WEB lower layers have /newfile")
                    .passes("container WEB lower layers file /srv/www/index.html contains \"Welcome to dockerlab\"")
                    .fails("container WEB lower layers file /srv/www/index.html contains \"changed\"")
                    .verify(evaluation);
        }
        assertThat(daemon.sh("docker ps -a --filter label=dev.dockerlab.helper -q")).isBlank();
    }

    /** An image whose layers delete a file and a folder of the layers below: the image no longer has them. */
    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void aWhiteoutInAnImageLayerHidesTheFileBelow(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        String image = daemon.name("pruned") + ":1";
        daemon.owns("image", image);
        daemon.sh("printf 'FROM %s\\nRUN rm /srv/www/index.html && echo kept > /srv/www/kept.html"
                + " && mkdir -p /opt/gone && echo x > /opt/gone/x.txt\\nRUN rm -rf /opt/gone\\n' \"$IMAGE\""
                + " | docker build -q --label \"$TEST_LABEL\" -t " + image + " - >/dev/null"
                + " && docker create --name " + n.get("WEB") + " --label \"$TEST_LABEL\" " + image + " true >/dev/null");
        try (Evaluation evaluation = evaluation(daemon, hostMayRead, List.of())) {
            Checklist checklist = new Checklist(n)
                    .fails("container WEB lower layers have /srv/www/index.html")
                    .fails("container WEB lower layers file /srv/www/index.html contains \"Welcome\"")
                    .passes("container WEB lower layers have /srv/www/kept.html")
                    .passes("container WEB lower layers file /bin/busybox contains \"ELF\"")
                    .fails("container WEB upper layer has whiteout /srv/www/index.html")
                    .passes("container WEB has no file /srv/www/index.html")
                    .fails("container WEB lower layers have /opt/gone/x.txt")
                    .fails("container WEB lower layers file /opt/gone/x.txt contains \"x\"");
            checklist.verify(evaluation);
            assertThat(checklist.evaluate(evaluation, "container WEB lower layers have /srv/www/index.html").observed())
                    .contains("deletes /srv/www/index.html with a whiteout");
            assertThat(checklist.evaluate(evaluation, "container WEB lower layers have /opt/gone/x.txt").observed())
                    .contains("deletes /opt/gone with a whiteout, and /opt/gone/x.txt with it");
        }
    }

    /** A container that deletes a whole folder of its image: one whiteout stands for everything in it. */
    @ParameterizedTest(name = "read the host''s files directly: {0}")
    @ValueSource(booleans = {true, false})
    void aWhiteoutOnAFolderHidesEverythingInIt(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        daemon.sh("docker run --name " + n.get("EXITED") + " --label \"$TEST_LABEL\" \"$IMAGE\" rm -rf /srv/www");
        try (Evaluation evaluation = evaluation(daemon, hostMayRead, List.of())) {
            Checklist checklist = new Checklist(n)
                    .passes("container EXITED upper layer has whiteout /srv/www")
                    .fails("container EXITED upper layer has whiteout /srv/www/index.html")
                    .fails("container EXITED upper layer has /srv/www/index.html")
                    .fails("container EXITED upper layer file /srv/www/index.html contains \"Welcome\"")
                    .passes("container EXITED has no file /srv/www/index.html")
                    .passes("container EXITED lower layers file /srv/www/index.html contains \"Welcome\"");
            checklist.verify(evaluation);
            assertThat(checklist.evaluate(evaluation, "container EXITED upper layer has whiteout /srv/www/index.html")
                    .observed()).endsWith("has a whiteout at /srv/www, not at /srv/www/index.html: the container deleted"
                    + " the whole folder");
            assertThat(checklist.evaluate(evaluation, "container EXITED upper layer has /srv/www/index.html").observed())
                    .endsWith("has a whiteout at /srv/www, not the file: the container deleted that folder,"
                            + " and /srv/www/index.html with it");
        }
    }

    @Test
    void servesAndLogs(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        makeState(daemon, n);
        try (Evaluation evaluation = evaluation(daemon, true, List.of())) {
            new Checklist(n)
                    .passes("container WEB serves \"changed\" on port 80")
                    .passes("container WEB serves \"changed\" on port 80 path /index.html")
                    .fails("container WEB serves \"Welcome\" on port 80")
                    .fails("container WEB serves \"changed\" on port 81")
                    .fails("container WEB serves \"changed\" on port 80 path /nope.html")
                    .fails("container EXITED serves \"Welcome\" on port 80")
                    .passes("container WEB logs contain \"server ready\"").fails("container WEB logs contain \"error\"")
                    .verify(evaluation);
        }
    }

    @Test
    void failuresSayWhatWasObserved(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        makeState(daemon, n);
        try (Evaluation evaluation = evaluation(daemon, true, List.of())) {
            Checklist checklist = new Checklist(n);
            assertThat(checklist.evaluate(evaluation, "container EXITED is running").observed())
                    .isEqualTo("container " + n.get("EXITED") + " exists but exited with code 3 just now");
            assertThat(checklist.evaluate(evaluation, "container FRESH is running").observed())
                    .isEqualTo("there is no container named " + n.get("FRESH"));
            assertThat(checklist.evaluate(evaluation, "container WEB has file /srv/www/missing.html").observed())
                    .isEqualTo("container " + n.get("WEB") + " holds no file /srv/www/missing.html; beside it: index.html");
            assertThat(checklist.evaluate(evaluation, "container WEB mounts volume VOL at /site").observed())
                    .isEqualTo("container " + n.get("WEB") + " mounts bind " + lab + "/html at /site (read-only)");
            assertThat(checklist.evaluate(evaluation, "container WEB file /srv/www/index.html contains \"Welcome\"").observed())
                    .isEqualTo("container " + n.get("WEB") + " file /srv/www/index.html does not contain \"Welcome\"; it says: \"changed\"");
        }
    }
}
