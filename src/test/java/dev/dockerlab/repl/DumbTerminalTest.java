package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.render.Glyphs;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The REPL's line editing and rendering over JLine's dumb terminal on piped streams: no daemon needed. */
class DumbTerminalTest {

    @TempDir
    Path home;

    private Session session;
    private SlashCommands commands;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(home.resolve("lab/site"));
        Settings settings = new Settings("dockerlab/busybox:1", home.resolve("lab"), Optional.empty(),
                Path.of("lessons").toAbsolutePath(), false);
        AppContext context = new AppContext(Map.of(), home, () -> {
            throw new DockerUnavailable("no daemon in this test");
        });
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        session = Repl.session(context, settings, Screen.plain(new PrintWriter(screen, true), Glyphs.UNICODE),
                new ProgressStore(home.resolve("state")));
        session.lesson(session.library.find("bind-mounts").orElseThrow());
        commands = new Repl(session, new ScriptedLines(null, new PrintWriter(screen))).commands();
    }

    /**
     * Types the keys into a line reader over JLine's dumb terminal implementation
     * on piped streams (as JLine's own ReaderTestSupport does: type "ansi", since
     * JLine turns completion off for the "dumb" type) and returns the line read.
     */
    private String type(String keys) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        try (Terminal terminal = new DumbTerminal("test", "ansi", in, new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(new Completion(session, commands))
                    .option(LineReader.Option.AUTO_LIST, false).build();
            return reader.readLine("$ ");
        }
    }

    @Test
    void tabCompletesAUniqueSlashCommand() throws IOException {
        assertThat(type("/go\t\n")).isEqualTo("/goto ");
        assertThat(type("/sol\t\n")).isEqualTo("/solution ");
    }

    @Test
    void tabCompletesLessonIdsAndStepsForGoto() throws IOException {
        assertThat(type("/goto bind-m\t\n")).isEqualTo("/goto bind-mounts ");
        assertThat(type("/goto back\t\n")).isEqualTo("/goto backup-and-restore ");
    }

    @Test
    void tabCompletesDockerSubcommandsFlagsAndPaths() throws IOException {
        assertThat(type("docker vol\t\n")).isEqualTo("docker volume ");
        assertThat(type("docker volume ins\t\n")).isEqualTo("docker volume inspect ");
        assertThat(type("docker run --volumes-f\t\n")).isEqualTo("docker run --volumes-from ");
        assertThat(type("ls si\t\n")).isEqualTo("ls site/");
    }

    @Test
    void slashCommandsAnswerToAnyUniquePrefix() {
        assertThat(commands.find("l")).map(SlashCommand::name).contains("lessons");
        assertThat(commands.find("n")).map(SlashCommand::name).contains("next");
        assertThat(commands.find("h")).isEmpty();
        assertThat(commands.candidates("h")).containsExactly("help", "hint", "history");
    }

    @Test
    void aCommandAddedLaterLeavesTheShortBeginningsLearnersUseAlone() {
        assertThat(commands.find("c")).as("/c is /check, as /help says").map(SlashCommand::name).contains("check");
        assertThat(commands.candidates("c")).containsExactly("check");
        assertThat(commands.find("cl")).map(SlashCommand::name).contains("class");
    }

    @Test
    void aDumbTerminalGetsPlainTextWithoutEscapes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]), bytes,
                StandardCharsets.UTF_8)) {
            Screen plain = Screen.on(terminal, false, Glyphs.UNICODE);
            plain.lines(session.renderer().render("## Title\n\nSome **bold** and `code`.\n\n```sh\ndocker ps\n```\n").lines());
            terminal.flush();
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Title", "Some bold and code.", "[1] docker ps").doesNotContain("\u001b");
    }
}
