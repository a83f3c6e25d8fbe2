package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Docker the steps can still be read: an exercise's setup and its judged checklist wait for it. */
class NoDockerReplTest {

    @TempDir
    Path home;

    @Test
    void anExerciseStepWithASetupIsShownWhenThereIsNoDaemon() {
        Settings settings = new Settings("dockerlab/busybox:1", home.resolve("lab"), Optional.empty(),
                Path.of("lessons").toAbsolutePath(), false);
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "LANG", "C.UTF-8")), home, () -> {
            throw new DockerUnavailable("Docker is not running.");
        });
        StringWriter out = new StringWriter();

        ReplLauncher.scripted(context, settings, Optional.of("bind-mounts"), new StringReader("/goto :4\n/exit\n"),
                new PrintWriter(out));

        assertThat(out.toString()).contains("The exercise's setup did not run: Docker is not running. Then /goto :4 runs it.",
                "  [ ] container bind-web2 mounts bind", "/check shows what is done");
    }
}
