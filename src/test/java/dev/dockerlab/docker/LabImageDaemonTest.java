package dev.dockerlab.docker;

import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class LabImageDaemonTest {

    @Test
    void buildsOfflineOnceThenReusesTheImage(TestDaemon daemon) {
        String reference = daemon.name("labimage") + ":1";
        daemon.owns("image", reference);
        StringWriter progress = new StringWriter();
        LabImage image = new LabImage(daemon.client(), reference, Optional.empty(), new PrintWriter(progress));

        assertThat(image.exists()).isFalse();
        assertThat(image.ensure().origin()).isEqualTo(LabImage.Origin.BUILT);
        assertThat(progress.toString()).contains("Building the lab image " + reference);

        String inside = daemon.sh("docker run --rm --label \"$TEST_LABEL\" " + reference
                + " sh -c 'cat /srv/www/index.html; which wget httpd tar'");
        assertThat(inside).contains("Welcome to dockerlab", "/usr/bin/wget", "/usr/sbin/httpd", "/bin/tar");
        assertThat(daemon.client().inspectImageCmd(reference).exec().getConfig().getLabels())
                .containsEntry(Labels.IMAGE, "host-busybox");

        LabImage.Outcome second = image.ensure();
        assertThat(second.origin()).isEqualTo(LabImage.Origin.PRESENT);
    }

    @Test
    void aNamedBusyboxThatIsNotStaticIsRefusedWithTheFix(TestDaemon daemon) {
        String reference = daemon.name("nobusybox") + ":1";
        daemon.owns("image", reference);
        LabImage image = new LabImage(daemon.client(), reference,
                Optional.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")),
                new PrintWriter(new StringWriter()));

        org.assertj.core.api.Assertions.assertThatThrownBy(image::ensure)
                .isInstanceOf(DockerUnavailable.class)
                .hasMessageContaining("is not a statically linked executable")
                .hasMessageContaining("busybox-static");
    }
}
