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

/** Docker takes {@code --volumes-from /client1} (its own spelling of a name) and an ID; so does the check. */
@DaemonTest
class VolumesFromDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theServerMayBeNamedWithALeadingSlashOrByID(TestDaemon daemon) {
        Map<String, String> n = Map.of("DATA", daemon.name("data"), "SLASHED", daemon.name("slashed"),
                "BYID", daemon.name("byid"), "OTHER", daemon.name("other"));
        String label = " --label \"$TEST_LABEL\" ";
        daemon.sh("docker create --name " + n.get("DATA") + label + "-v /dir1 \"$IMAGE\" true >/dev/null"
                + " && docker create --name " + n.get("OTHER") + label + "\"$IMAGE\" true >/dev/null"
                + " && docker create --name " + n.get("SLASHED") + label + "--volumes-from /" + n.get("DATA")
                + " \"$IMAGE\" true >/dev/null"
                + " && docker create --name " + n.get("BYID") + label + "--volumes-from $(docker inspect -f '{{.Id}}' "
                + n.get("DATA") + " | cut -c1-12) \"$IMAGE\" true >/dev/null");
        daemon.owns("volume", daemon.sh("docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' " + n.get("DATA")).strip());
        Shell shell = new Shell(new Variables(lab.toString(), daemon.labImage(), "test"));
        try (Evaluation evaluation = new Evaluation(daemon.connection(), shell, daemon.labImage(), true, List.of())) {
            new Checklist(n)
                    .passes("container SLASHED has volumes from DATA").passes("container SLASHED has volumes from /DATA")
                    .passes("container BYID has volumes from DATA")
                    .fails("container SLASHED has volumes from OTHER").fails("container BYID has volumes from /OTHER")
                    .verify(evaluation);
        }
    }
}
