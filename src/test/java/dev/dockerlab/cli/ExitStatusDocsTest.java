package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit statuses are written where users look: every command's --help, and the README, saying the same. */
class ExitStatusDocsTest {

    @TempDir
    Path home;

    @Test
    void everyCommandsHelpListsTheExitStatuses() {
        CommandLine cli = Cli.create(new AppContext(Map.of(), home, () -> {
            throw new AssertionError("help needs no daemon");
        }));
        assertThat(help(cli)).contains("Exit status:", "  3   no Docker daemon answers");
        for (CommandLine verb : cli.getSubcommands().values()) {
            String help = help(verb);
            ExitCode.MEANINGS.forEach((status, meaning) -> assertThat(help).as(verb.getCommandName())
                    .contains("  " + status + "   " + meaning));
        }
    }

    @Test
    void theReadmeGivesTheSameMeanings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        ExitCode.MEANINGS.forEach((status, meaning) -> assertThat(readme).contains("| " + status + " | " + meaning + " |"));
    }

    private static String help(CommandLine command) {
        StringWriter out = new StringWriter();
        command.usage(new PrintWriter(out));
        return out.toString();
    }
}
