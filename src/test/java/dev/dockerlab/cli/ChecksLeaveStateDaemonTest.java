package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Judging a course exercise leaves the learner's objects and files as they were, right or wrong. */
@DaemonTest
class ChecksLeaveStateDaemonTest {

    private static final String BIND_MOUNTS = Path.of("lessons/03-bind-mounts.md").toAbsolutePath().toString();

    @TempDir
    Path home;

    @Test
    void theReadOnlyCheckOfBindMountsWritesNothingWhenTheLearnerForgotRo(TestDaemon daemon) throws IOException {
        daemon.labImage();
        daemon.owns("container", "bind-web1").owns("container", "bind-web2");
        CliRun dockerlab = new CliRun(home, daemon::connection);
        Path site = Files.createDirectories(dockerlab.lab().resolve("bind-site"));
        Path index = Files.writeString(site.resolve("index.html"), "Edited on the host\n");
        FileTime edited = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(index, edited);
        String run = "docker run -d --label \"$TEST_LABEL\" -v " + site + ":/srv/www%s --name %s \"$IMAGE\" httpd -f -p 80 -h /srv/www >/dev/null";
        daemon.sh(run.formatted("", "bind-web1") + " && " + run.formatted("", "bind-web2")
                + " && docker exec bind-web1 sh -c 'echo \"News from bind-web1\" > /srv/www/news.html'");

        CliRun.Result forgotRo = dockerlab.run("check", BIND_MOUNTS, "2");

        assertThat(forgotRo.status()).as(forgotRo.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(forgotRo.out()).contains("[ ] bind-web2 cannot write to the folder", "[ ] container bind-web2 mounts bind");
        assertThat(filesIn(site)).containsExactlyInAnyOrder("index.html", "news.html");
        assertThat(Files.readString(index)).isEqualTo("Edited on the host\n");
        assertThat(Files.getLastModifiedTime(index)).isEqualTo(edited);

        daemon.sh("docker rm -f bind-web2 >/dev/null && " + run.formatted(":ro", "bind-web2"));
        CliRun.Result readOnly = dockerlab.run("check", BIND_MOUNTS, "2");

        assertThat(readOnly.status()).as(readOnly.all()).isEqualTo(ExitCode.OK);
        assertThat(filesIn(site)).containsExactlyInAnyOrder("index.html", "news.html");
    }

    private static Stream<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList().stream();
        }
    }
}
