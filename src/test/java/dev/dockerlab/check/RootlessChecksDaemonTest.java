package dev.dockerlab.check;

import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.EngineTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file checks on rootless Docker, which mounts a running container's root
 * in rootlesskit's mount namespace: on the host its MergedDir is an empty
 * folder. Run with DOCKERLAB_ROOTLESS_HOST set (scripts/engines --keep
 * rootless prints it).
 */
@EngineTest("DOCKERLAB_ROOTLESS_HOST")
class RootlessChecksDaemonTest {

    @TempDir
    Path lab;

    @Test
    void theDaemonRunsRootless(TestDaemon rootless) {
        assertThat(rootless.client().infoCmd().exec().getSecurityOptions()).anyMatch(option -> option.contains("rootless"));
    }

    @Test
    void aRunningContainersFilesAreReadAsTheContainerSeesThem(TestDaemon rootless) {
        String web = rootless.name("web");
        rootless.sh("docker run -d --name " + web + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker exec " + web + " sh -c 'echo new > /srv/www/new.html; rm /bin/true'");
        Map<String, String> n = Map.of("WEB", web);

        try (Evaluation evaluation = evaluation(rootless)) {
            new Checklist(n)
                    .passes("container WEB has file /srv/www/index.html")
                    .passes("container WEB file /srv/www/index.html contains \"Welcome\"")
                    .passes("container WEB file /srv/www/new.html contains \"new\"")
                    .fails("container WEB has file /bin/true")
                    .passes("container WEB upper layer has /srv/www/new.html")
                    .passes("container WEB upper layer has whiteout /bin/true")
                    .passes("container WEB lower layers file /srv/www/index.html contains \"Welcome\"")
                    .verify(evaluation);
        }
    }

    private Evaluation evaluation(TestDaemon rootless) {
        return new Evaluation(rootless.connection(), new Shell(new Variables(lab.toString(), rootless.labImage(), "test")),
                rootless.labImage(), true, List.of());
    }
}
