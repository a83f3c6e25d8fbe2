package dev.dockerlab.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dockerlab.AppContext;
import dev.dockerlab.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions example in docs/, read as GitHub reads it: it runs as the
 * runner user (sudo only to install a package and reconfigure Docker), has a
 * leg with the containerd image store, verifies with a JUnit report that a
 * test-report step shows in the UI and an artifact keeps, plays every lesson
 * with present --auto, and every dockerlab command in it parses with options
 * that exist. (scripts/check-workflow validates it against GitHub's schema.)
 */
class WorkflowExampleTest {

    private static final Path WORKFLOW = Path.of("docs/github-actions-verify.yml");
    /** A command that sudo may run: a package install and the Docker service's configuration, never dockerlab or docker. */
    private static final Pattern SUDO = Pattern.compile("\\bsudo\\s+(\\S+)");
    private static final Pattern PINNED = Pattern.compile("[^@\\s]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})");

    private static JsonNode workflow;
    private static JsonNode job;

    @BeforeAll
    static void read() throws IOException {
        workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        job = workflow.path("jobs").path("verify");
    }

    @Test
    void itRunsAsTheRunnerUserWithSudoOnlyForThePackageAndTheDockerService() {
        List<String> sudoCommands = new ArrayList<>();
        for (String line : runLines()) {
            Matcher sudo = SUDO.matcher(line);
            while (sudo.find()) {
                sudoCommands.add(sudo.group(1));
            }
        }
        assertThat(sudoCommands).isNotEmpty().allMatch(command -> List.of("apt-get", "cat", "tee", "systemctl").contains(command));
        assertThat(job.path("runs-on").asText()).isEqualTo("ubuntu-24.04");
        assertThat(job.has("container")).as("a job container would run as root").isFalse();
        assertThat(workflow.path("env").path("DOCKERLAB_TRUST").asText(job.path("env").path("DOCKERLAB_TRUST").asText()))
                .isEqualTo("1");
    }

    @Test
    void aMatrixLegTurnsOnTheContainerdImageStoreAndShowsIt() {
        assertThat(job.path("strategy").path("matrix").path("image-store").toString())
                .contains("\"classic\"", "\"containerd\"");
        assertThat(job.path("strategy").path("fail-fast").asBoolean(true)).as("one leg's failure keeps the other's results").isFalse();
        JsonNode step = step("The containerd image store");
        assertThat(step.path("if").asText()).isEqualTo("matrix.image-store == 'containerd'");
        assertThat(step.path("run").asText()).contains(".features[\"containerd-snapshotter\"] = true",
                "sudo tee /etc/docker/daemon.json", "sudo systemctl restart docker", "docker info",
                "io.containerd.snapshotter");
    }

    @Test
    void theVerifyReportIsShownInTheUiAndKeptAsAnArtifact() {
        String report = "lessons-report-${{ matrix.image-store }}.xml";
        assertThat(dockerlabCommands()).anyMatch(command -> command.contains(" verify ")
                && command.contains("--junit-xml \"lessons-report-classic.xml\""));

        JsonNode shown = stepUsing("mikepenz/action-junit-report");
        assertThat(shown.path("uses").asText()).matches(PINNED);
        assertThat(shown.path("with").path("report_paths").asText()).isEqualTo(report);
        assertThat(shown.path("if").asText()).isEqualTo("success() || failure()");
        assertThat(workflow.path("permissions").path("checks").asText()).as("a check run needs checks: write").isEqualTo("write");

        JsonNode kept = stepUsing("actions/upload-artifact");
        assertThat(kept.path("uses").asText()).matches(PINNED);
        assertThat(kept.path("with").path("path").asText()).isEqualTo(report);
        assertThat(kept.path("with").path("name").asText()).as("one artifact name per matrix leg").contains("${{ matrix.image-store }}");
        assertThat(kept.path("if").asText()).isEqualTo("success() || failure()");
    }

    @Test
    void everyLessonIsPlayedWithPresentAuto() {
        String run = step("Play every lesson as a demo").path("run").asText();

        assertThat(run).contains("list --json", ".lessons[]", "present \"$lesson\" --auto --pause 0 --typing-delay 0",
                "exit \"$failed\"");
    }

    @Test
    void itSaysWhichValuesToChange() throws IOException {
        String text = java.nio.file.Files.readString(WORKFLOW);

        assertThat(text).contains("# CHANGE: your lesson folder", "# CHANGE: where dockerlab's source lives",
                "Values to change are marked CHANGE");
        assertThat(job.path("env").path("LESSONS").asText()).isEqualTo("lessons");
    }

    @Test
    void everyDockerlabCommandParsesWithOptionsThatExist() {
        AppContext context = new AppContext(Map.of(), Path.of("/nonexistent"), () -> {
            throw new AssertionError("parsing needs no daemon");
        });
        List<String> commands = dockerlabCommands();

        // dockerlab --lessons DIR VERB ...
        assertThat(commands).extracting(command -> words(command).get(3))
                .containsExactly("lint", "doctor", "verify", "list", "present");
        for (String command : commands) {
            String[] args = words(command).stream().skip(1).toArray(String[]::new);
            CommandLine.ParseResult parsed = Cli.create(context).parseArgs(args);
            assertThat(parsed.hasSubcommand()).as(command).isTrue();
            assertThat(parsed.unmatched()).as(command).isEmpty();

            String verb = parsed.subcommand().commandSpec().name();
            StringWriter help = new StringWriter();
            CommandLine cli = Cli.create(context);
            cli.setOut(new PrintWriter(help));
            assertThat(cli.execute(verb, "--help")).as(verb + " --help").isZero();
            for (String option : args) {
                if (option.startsWith("--")) {
                    assertThat(help.toString() + globalHelp(context)).as(command).contains(option);
                }
            }
        }
    }

    private static String globalHelp(AppContext context) {
        StringWriter help = new StringWriter();
        CommandLine cli = Cli.create(context);
        cli.setOut(new PrintWriter(help));
        cli.execute("--help");
        return help.toString();
    }

    /**
     * The dockerlab command lines of every run: block, with the workflow's
     * values put in: $LESSONS, the matrix leg, a lesson id; redirections and
     * what follows {@code ||} left out.
     */
    private static List<String> dockerlabCommands() {
        List<String> commands = new ArrayList<>();
        for (String line : runLines()) {
            String command = line.strip();
            if (!command.startsWith("dockerlab ")) {
                continue;
            }
            command = command.replaceAll("\\s+(\\|\\||>).*$", "")
                    .replace("\"$LESSONS\"", "lessons")
                    .replace("\"$lesson\"", "copy-on-write")
                    .replace("${{ matrix.image-store }}", "classic");
            commands.add(command);
        }
        return commands;
    }

    /** The lines of every run: block; a folded block (>) is one line, and a trailing backslash joins lines. */
    private static List<String> runLines() {
        List<String> lines = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            String run = step.path("run").asText("").replace("\\\n", " ");
            run.lines().forEach(lines::add);
        }
        return lines;
    }

    /** Words as the shell splits this plain command: at spaces, outside double quotes, quotes removed. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static JsonNode step(String name) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step named " + name));
    }

    private static JsonNode stepUsing(String action) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }
}
