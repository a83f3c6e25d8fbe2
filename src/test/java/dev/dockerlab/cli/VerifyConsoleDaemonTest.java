package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class VerifyConsoleDaemonTest {

    @TempDir
    Path home;

    @Test
    void anEscapeByteInALessonReachesTheConsoleEscaped(TestDaemon daemon) throws Exception {
        daemon.labImage();
        Path folder = Files.createDirectories(home.resolve("course"));
        Files.writeString(folder.resolve("01-escapes.md"), """
                # Escapes

                ## Clear the \u001b[2Jscreen

                ```check
                command "printf '\u001b[2J'" succeeds
                ```

                ```solution
                true
                ```
                """);

        CliRun.Result run = new CliRun(home, daemon::connection).run("verify", folder.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("vacuous check", "Clear the \u241b[2Jscreen", "printf '\u241b[2J'")
                .doesNotContain("\u001b");
    }
}
