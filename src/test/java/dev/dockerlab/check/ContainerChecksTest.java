package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each family of container checks judges, on a state written down as
 * {@code docker inspect} would print it: the same world ContainerChecksDaemonTest
 * makes on a real daemon, without one.
 */
class ContainerChecksTest {

    private static final String ANONYMOUS = "9f".repeat(32);

    private final FakeDockerState state = new FakeDockerState()
            .withContainer("""
                    {"Id": "c0ffee", "Name": "/web", "Image": "sha256:1ab",
                     "State": {"Status": "running", "Running": true, "StartedAt": "0001-01-01T00:00:00Z"},
                     "Config": {"Image": "dockerlab/lab:1"},
                     "HostConfig": {"Tmpfs": {"/cache": ""}},
                     "Mounts": [
                       {"Type": "volume", "Name": "vol", "Source": "/v/vol/_data", "Destination": "/data/html", "RW": true},
                       {"Type": "bind", "Source": "/lab/html", "Destination": "/site", "RW": false},
                       {"Type": "volume", "Name": "%s", "Source": "/v/anon", "Destination": "/anon", "RW": true}],
                     "GraphDriver": {"Name": "overlay2", "Data": {"UpperDir": "/upper", "LowerDir": "/l1:/l2"}}}
                    """.formatted(ANONYMOUS))
            .withContainer("""
                    {"Id": "e71ed", "Name": "/exited", "Image": "sha256:1ab",
                     "State": {"Status": "exited", "Running": false, "ExitCode": 3, "FinishedAt": "0001-01-01T00:00:00Z"},
                     "Config": {"Image": "dockerlab/lab:1"}}
                    """)
            .withContainer("""
                    {"Id": "c11e47", "Name": "/client", "Image": "sha256:1ab",
                     "State": {"Status": "created", "Running": false},
                     "Config": {"Image": "dockerlab/lab:1"},
                     "HostConfig": {"VolumesFrom": ["web"]}}
                    """)
            .withContainer("""
                    {"Id": "b0b", "Name": "/vfs", "State": {"Status": "running", "Running": true},
                     "GraphDriver": {"Name": "vfs", "Data": {}}}
                    """)
            .withImage("dockerlab/lab:1", "{\"Id\": \"sha256:1ab\"}")
            .withFile("web", "/srv/www/index.html", FileView.Kind.FILE, "changed\n")
            .withFile("web", "/srv", FileView.Kind.DIRECTORY, null)
            .withDiff("c0ffee", "A /newfile", "C /srv/www/index.html", "D /etc/group")
            .withFile("layer:/upper", "/srv/www/index.html", FileView.Kind.FILE, "changed\n")
            .withFile("layer:/upper", "/etc/group", FileView.Kind.WHITEOUT, null)
            .withFile("layer:/upper", "/old", FileView.Kind.WHITEOUT, null)
            .withFile("layer:/l1", "/srv/www/index.html", FileView.Kind.FILE, "Welcome to dockerlab\n")
            .withFile("layer:/l1", "/gone", FileView.Kind.WHITEOUT, null)
            .withFile("layer:/l2", "/etc/group", FileView.Kind.FILE, "root:x:0:\n")
            .withFile("layer:/l2", "/gone", FileView.Kind.FILE, "below the whiteout\n")
            .withLogs("c0ffee", "server ready\n")
            .withPage("c0ffee", "http://127.0.0.1:80/", ProcessOutput.finished("Welcome to dockerlab\n", "", () -> 0L))
            .withPage("c0ffee", "http://127.0.0.1:81/", ProcessOutput.unfinished("took longer than 10 s"));

    private final Evaluation evaluation = new Evaluation(state, new Shell(new Variables("/lab", "dockerlab/lab:1", "test")),
            List.of());

    private static Checklist checklist() {
        return new Checklist(Map.of());
    }

    @Test
    void lifeImageAndVolumesFrom() {
        checklist()
                .passes("container web exists").fails("container fresh exists")
                .passes("container fresh is absent").fails("container web is absent")
                .passes("container web is running").fails("container exited is running")
                .passes("container exited is stopped").passes("container client is stopped").fails("container web is stopped")
                .passes("container exited exited with code 3").fails("container exited exited with code 0")
                .fails("container web exited with code 0").fails("container fresh exited with code 0")
                .passes("container web uses image dockerlab/lab:1").fails("container web uses image busybox:9.99")
                .passes("container client has volumes from web").fails("container web has volumes from client")
                .verify(evaluation);
    }

    @Test
    void aMissingContainerIsNamedWithTheNearestThatExists() {
        Verdict verdict = evaluation.evaluate(new ContainerAssertion.Life("webb", ContainerAssertion.Life.State.RUNNING));

        assertThat(verdict.observed()).isEqualTo("there is no container named webb; did you mean web?");
    }

    @Test
    void mounts() {
        checklist()
                .passes("container web mounts volume vol at /data/html")
                .passes("container web mounts volume vol at /data/html/ read-write")
                .fails("container web mounts volume vol at /data/html read-only")
                .fails("container web mounts volume other at /data/html")
                .fails("container web mounts volume vol at /site")
                .passes("container web mounts anonymous volume at /anon")
                .fails("container web mounts anonymous volume at /data/html")
                .passes("container web mounts bind /lab/html at /site read-only")
                .passes("container web mounts bind /lab/html/ at /site/")
                .fails("container web mounts bind /lab/html at /site read-write")
                .fails("container web mounts bind /lab/other at /site")
                .passes("container web mounts tmpfs at /cache").fails("container web mounts tmpfs at /anon")
                .fails("container web mounts volume vol at /nowhere")
                .passes("container web has no mount at /srv/www").fails("container web has no mount at /data/html")
                .fails("container exited mounts volume vol at /data/html")
                .verify(evaluation);
    }

    @Test
    void filesInTheMergedView() {
        checklist()
                .passes("container web has file /srv/www/index.html").fails("container web has file /srv/www/missing.html")
                .passes("container web has no file /etc/group").fails("container web has no file /srv/www/index.html")
                .passes("container web file /srv/www/index.html contains \"changed\"")
                .fails("container web file /srv/www/index.html contains \"Welcome\"")
                .fails("container web file /srv contains \"x\"")
                .fails("container fresh has file /srv/www/index.html")
                .verify(evaluation);
    }

    @Test
    void diff() {
        checklist()
                .passes("container web diff shows added /newfile").fails("container web diff shows added /srv/www/index.html")
                .passes("container web diff shows changed /srv/www/index.html/").fails("container web diff shows changed /newfile")
                .passes("container web diff shows deleted /etc/group").fails("container web diff shows deleted /etc/passwd")
                .fails("container exited diff shows added /newfile")
                .verify(evaluation);
        assertThat(evaluation.evaluate(parse("container web diff shows deleted /etc/passwd")).observed())
                .isEqualTo("docker diff web does not list /etc/passwd; it lists A /newfile, C /srv/www/index.html, D /etc/group");
    }

    @Test
    void upperAndLowerLayers() {
        checklist()
                .passes("container web upper layer has /srv/www/index.html").fails("container web upper layer has /bin/busybox")
                .fails("container web upper layer has /etc/group")
                .fails("container web upper layer has /old/file")
                .passes("container web upper layer has whiteout /etc/group")
                .fails("container web upper layer has whiteout /srv/www/index.html")
                .fails("container web upper layer has whiteout /bin/busybox")
                .fails("container web upper layer has whiteout /old/file")
                .passes("container web upper layer file /srv/www/index.html contains \"changed\"")
                .fails("container web upper layer file /srv/www/index.html contains \"Welcome\"")
                .passes("container web lower layers have /srv/www/index.html").fails("container web lower layers have /newfile")
                .passes("container web lower layers file /etc/group contains \"root\"")
                .fails("container web lower layers file /srv/www/index.html contains \"changed\"")
                .fails("container web lower layers have /gone")
                .verify(evaluation);
        for (String onVfs : List.of("container vfs upper layer has /srv", "not container vfs upper layer has /srv",
                "container vfs lower layers have /srv")) {
            Verdict verdict = evaluation.evaluate(parse(onVfs));
            assertThat(verdict.status()).as("%s: with no layers to read, the check could not look", onVfs)
                    .isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(verdict.observed()).contains("has no overlay layer folders (storage driver: vfs)");
        }
        assertThat(evaluation.evaluate(parse("container web upper layer has whiteout /old/file")).observed())
                .isEqualTo("the upper (writable) layer of web has a whiteout at /old, not at /old/file: the container deleted the whole folder");
        assertThat(evaluation.evaluate(parse("container web lower layers have /gone")).observed())
                .startsWith("the lower (image) layers of web (layer 1 of 2 from the top) deletes /gone with a whiteout");
    }

    @Test
    void logsAndServedPages() {
        checklist()
                .passes("container web logs contain \"server ready\"").fails("container web logs contain \"error\"")
                .fails("container exited logs contain \"server ready\"")
                .passes("container web serves \"Welcome\" on port 80").passes("container web serves \"Welcome\" on port 80 path /")
                .fails("container web serves \"Goodbye\" on port 80")
                .fails("container web serves \"Welcome\" on port 8080")
                .fails("container exited serves \"Welcome\" on port 80")
                .verify(evaluation);
        assertThat(evaluation.evaluate(parse("container web serves \"Welcome\" on port 8080")).observed())
                .isEqualTo("inside web, http://127.0.0.1:8080/ cannot be fetched: "
                        + "wget: can't connect to remote host (127.0.0.1): Connection refused");
        assertThat(evaluation.evaluate(parse("container exited serves \"Welcome\" on port 80")).observed())
                .isEqualTo("container exited exists but exited with code 3, so it serves nothing");
    }

    @Test
    void aPageThatDoesNotComeInTimeCouldNotBeChecked() {
        Verdict verdict = evaluation.evaluate(parse("container web serves \"Welcome\" on port 81"));

        assertThat(verdict).isEqualTo(Verdict.unknown("fetching http://127.0.0.1:81/ inside web took longer than 10 s"));
    }

    @Test
    void thePageTextItselfProvesItWasServedWithoutAskingTheExitStatus() {
        state.withPage("c0ffee", "http://127.0.0.1:82/", ProcessOutput.finished("Welcome", "", () -> {
            throw new AssertionError("the exit status was asked although the page said what was wanted");
        }));

        assertThat(evaluation.evaluate(parse("container web serves \"Welcome\" on port 82")).passed()).isTrue();
    }

    private static Assertion parse(String line) {
        try {
            return dev.dockerlab.lesson.CheckParser.parse(line);
        } catch (dev.dockerlab.lesson.CheckSyntaxException wrong) {
            throw new AssertionError(wrong);
        }
    }
}
