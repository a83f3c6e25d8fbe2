package dev.dockerlab.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REPL records an exercise's start when the learner reaches it (after its
 * setup) and keeps it, with the lesson's ${TOKEN}, in the progress file: a
 * restart of dockerlab still compares with the first start.
 */
@DaemonTest
class ExerciseStartDaemonTest {

    private static final String LESSON = """
            ---
            title: Make it again
            resources:
              containers: [dlfx-start-web]
            ---

            # Make it again

            A fixture: the container must be replaced, not kept.

            ## Replace the container

            ```setup
            docker create --name dlfx-start-web --label dev.dockerlab.test=fixture "$IMAGE" sh -c "echo $TOKEN" >/dev/null
            ```

            ```check
            container dlfx-start-web is not the one from the start :: web was made again
            ```

            ```solution
            docker rm -f dlfx-start-web && docker create --name dlfx-start-web "$IMAGE" true
            ```
            """;

    @TempDir
    Path home;

    private String repl(TestDaemon daemon, String input) throws IOException {
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("01-make-it-again.md"), LESSON);
        Settings settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(), lessons, false);
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(),
                "LANG", "C.UTF-8")), home, daemon::connection);
        StringWriter out = new StringWriter();
        ReplLauncher.scripted(context, settings, Optional.of("make-it-again"), new StringReader(input), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theStartOutlivesARestartAndTellsTheReplacedContainer(TestDaemon daemon) throws IOException {
        daemon.owns("container", "dlfx-start-web");

        String first = repl(daemon, "/check\n");
        JsonNode lesson = new ObjectMapper().readTree(home.resolve("state/dockerlab/progress.json").toFile())
                .path("lessons").path("make-it-again");
        String startId = lesson.at("/starts/1/containers/dlfx-start-web/id").asText();
        String plantedCommand = daemon.sh("docker inspect -f '{{join .Config.Cmd \" \"}}' dlfx-start-web").strip();
        String second = repl(daemon, "docker rm -f dlfx-start-web >/dev/null && docker create --name dlfx-start-web "
                + daemon.labImage() + " true >/dev/null\n");

        assertThat(first).contains("[ ] web was made again")
                .contains("container dlfx-start-web is still the one from the start");
        assertThat(startId).hasSize(64);
        assertThat(lesson.path("token").asText()).matches("[0-9a-f]{16}");
        assertThat(plantedCommand).as("the setup got the lesson's token").isEqualTo("sh -c echo " + lesson.path("token").asText());
        assertThat(second).contains("Exercise 1 done");
        assertThat(daemon.sh("docker inspect -f '{{.Id}}' dlfx-start-web").strip()).isNotEqualTo(startId);
    }
}
