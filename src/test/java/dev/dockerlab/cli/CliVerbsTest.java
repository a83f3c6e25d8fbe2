package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.failure.DockerUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A run builds only the verb it names; whatever prints the list of verbs gets them all. */
class CliVerbsTest {

    private static final String[] ALL = {"learn", "list", "lint", "check", "verify", "reset", "present", "progress",
            "doctor", "export", "bundle", "trust", "class", "completion"};

    @TempDir
    Path home;

    private CommandLine cli(String... args) {
        return Cli.forArguments(new AppContext(Map.of(), home, () -> {
            throw new DockerUnavailable("no daemon here");
        }), args);
    }

    @Test
    void aRunBuildsOnlyTheVerbItNames() {
        assertThat(cli("list").getSubcommands()).containsOnlyKeys("list");
        assertThat(cli("--lessons", "list", "lint").getSubcommands()).as("a global option's value is not the verb")
                .containsOnlyKeys("lint");
        assertThat(cli("--lessons=list", "verify", "--help").getSubcommands()).containsOnlyKeys("verify");
        assertThat(cli().getSubcommands()).as("no verb: the REPL").isEmpty();
        assertThat(cli("--no-color").getSubcommands()).isEmpty();
    }

    @Test
    void helpVersionAndMistakesGetEveryVerb() {
        assertThat(cli("--help").getSubcommands()).containsOnlyKeys(ALL);
        assertThat(cli("-V").getSubcommands()).containsOnlyKeys(ALL);
        assertThat(cli("help").getSubcommands()).containsOnlyKeys(ALL);
        assertThat(cli("lsit").getSubcommands()).containsOnlyKeys(ALL);
        assertThat(cli("--bogus", "list").getSubcommands()).containsOnlyKeys(ALL);
        assertThat(cli("list", "--bogus").getSubcommands()).containsOnlyKeys(ALL);
    }

    @Test
    void theRootHelpListsEveryVerbAndAMistypedVerbGetsASuggestion() {
        StringWriter out = new StringWriter();
        CommandLine help = cli("--help");
        help.setOut(new PrintWriter(out));
        help.execute("--help");
        assertThat(out.toString()).contains("learn", "verify", "present", "bundle");

        StringWriter err = new StringWriter();
        CommandLine typo = cli("verfy");
        typo.setErr(new PrintWriter(err));
        assertThat(typo.execute("verfy")).isEqualTo(2);
        assertThat(err.toString()).contains("verify");
    }
}
