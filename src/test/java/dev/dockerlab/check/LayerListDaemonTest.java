package dev.dockerlab.check;

import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code container NAME lower layers are listed in PATH} against a running
 * container: the list the daemon names passes, the usual wrong ones fail. The
 * same steps run on the containerd image store and on Podman, from their own
 * engine tests.
 */
@DaemonTest
class LayerListDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theListInspectNamesPassesAndTheWrongOnesFail(TestDaemon daemon) {
        proveLayerList(daemon, lab);
    }

    /**
     * Writes, beside a running container, its lower folders as the daemon names
     * them (inspect, else the mount table: the lesson's own way), the same on
     * one line, and the image's folders instead, and judges each.
     */
    static void proveLayerList(TestDaemon daemon, Path lab) {
        String web = daemon.name("web");
        daemon.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && lower=$(docker inspect -f '{{with .GraphDriver.Data}}{{.LowerDir}}{{end}}' " + web + ")"
                + " && { [ -n \"$lower\" ] || lower=$(docker exec " + web + " grep -o 'lowerdir=[^,]*' /proc/1/mountinfo"
                + " | cut -d= -f2); }"
                + " && echo \"$lower\" | tr ':' '\\n' > " + lab + "/right.txt"
                + " && echo \"$lower\" > " + lab + "/one-line.txt"
                + " && docker image inspect -f '{{.GraphDriver.Data.LowerDir}}' \"$IMAGE\" | tr ':' '\\n' > " + lab + "/image.txt"
                + " && echo \"$lower\" | tr ':' '\\n' | sed 1d > " + lab + "/no-top.txt");
        Map<String, String> n = Map.of("WEB", web, "LAB", lab.toString());

        try (Evaluation evaluation = new Evaluation(daemon.connection(),
                new Shell(new Variables(lab.toString(), daemon.labImage(), "test")), daemon.labImage(), true, List.of())) {
            Checklist checks = new Checklist(n)
                    .passes("container WEB lower layers are listed in LAB/right.txt")
                    .fails("container WEB lower layers are listed in LAB/image.txt")
                    .fails("container WEB lower layers are listed in LAB/no-top.txt")
                    .fails("container WEB lower layers are listed in LAB/missing.txt");
            boolean severalLayers = daemon.sh("cat " + lab + "/right.txt").strip().contains("\n");
            if (severalLayers) {
                checks.fails("container WEB lower layers are listed in LAB/one-line.txt");
            }
            checks.verify(evaluation);
            assertThat(checks.evaluate(evaluation, "container WEB lower layers are listed in LAB/no-top.txt").observed())
                    .contains(severalLayers ? "it misses" : "is empty");
        }
    }
}
