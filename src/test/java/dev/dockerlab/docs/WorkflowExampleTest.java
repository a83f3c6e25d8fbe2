package dev.dockerlab.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dockerlab.AppContext;
import dev.dockerlab.cli.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The GitHub Actions example in docs/ is valid YAML and every dockerlab command in it parses. */
class WorkflowExampleTest {

    private static final Path WORKFLOW = Path.of("docs/github-actions-verify.yml");

    @Test
    void theWorkflowInstallsWhatItNeedsAndVerifiesWithAJUnitReport() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        JsonNode steps = workflow.path("jobs").path("verify").path("steps");

        String all = steps.toString();
        assertThat(all).contains("busybox-static", "setup-java", "upload-artifact");
        assertThat(dockerlabCommands(steps)).anyMatch(command -> command.contains(" verify ") && command.contains("--junit-xml"));
    }

    @Test
    void everyDockerlabCommandLineInTheWorkflowParses() throws IOException {
        JsonNode steps = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile()).path("jobs").path("verify").path("steps");
        AppContext context = new AppContext(Map.of(), Path.of("/nonexistent"), () -> {
            throw new AssertionError("parsing needs no daemon");
        });

        List<String> commands = dockerlabCommands(steps);
        assertThat(commands).hasSize(3);
        for (String command : commands) {
            String[] args = command.substring(command.indexOf("dockerlab.jar") + "dockerlab.jar".length()).strip()
                    .replace("\"$LESSONS\"", "lessons").split("\\s+");
            CommandLine.ParseResult parsed = Cli.create(context).parseArgs(args);
            assertThat(parsed.hasSubcommand()).as(command).isTrue();
        }
    }

    private static List<String> dockerlabCommands(JsonNode steps) {
        List<String> commands = new ArrayList<>();
        for (JsonNode step : steps) {
            String run = step.path("run").asText("").replace("\n", " ").strip();
            if (run.contains("dockerlab.jar")) {
                commands.add(run);
            }
        }
        return commands;
    }
}
