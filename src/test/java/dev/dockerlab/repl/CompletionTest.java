package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.render.Glyphs;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab completion of docker command lines, with the daemon's names given by the test: no daemon needed. */
class CompletionTest {

    /** What a connected daemon would list. */
    private static final DaemonNames NAMES = new DaemonNames() {
        @Override
        public List<String> containers() {
            return List.of("web1", "data-server");
        }

        @Override
        public List<String> volumes() {
            return List.of("website", "mv-db");
        }

        @Override
        public List<String> images() {
            return List.of("dockerlab/busybox:1");
        }
    };

    @TempDir
    Path home;

    private Completion completion;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(home.resolve("lab/site"));
        Files.writeString(home.resolve("lab/notes.txt"), "");
        Settings settings = new Settings("dockerlab/busybox:1", home.resolve("lab"), Optional.empty(),
                Path.of("lessons").toAbsolutePath(), false);
        AppContext context = new AppContext(Map.of(), home, () -> {
            throw new DockerUnavailable("no daemon in this test");
        });
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Session session = Repl.session(context, settings, Screen.plain(new PrintWriter(screen, true), Glyphs.UNICODE),
                new ProgressStore(home.resolve("state")));
        SlashCommands commands = new Repl(session, new ScriptedLines(null, new PrintWriter(screen))).commands();
        completion = new Completion(session, commands, NAMES);
    }

    /** The candidates JLine would match against the word under the cursor, at the end of {@code line}. */
    private List<Candidate> candidates(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completion.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates;
    }

    private Optional<Candidate> candidate(String line, String value) {
        return candidates(line).stream().filter(candidate -> candidate.value().equals(value)).findFirst();
    }

    /** Types the keys into a line reader over a dumb terminal, as DumbTerminalTest does, and returns the line. */
    private String type(String keys) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        try (Terminal terminal = new DumbTerminal("test", "ansi", in, new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(completion)
                    .option(LineReader.Option.AUTO_LIST, false).build();
            return reader.readLine("$ ");
        }
    }

    @Test
    void aVolumeNameAfterDashVEndsWithNoSpaceSoTheContainerPathCanFollow() throws IOException {
        assertThat(candidate("docker run -v webs", "website")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidate("docker run --volume webs", "website")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidate("docker run --volume=webs", "--volume=website")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(type("docker run -v webs\t\n")).isEqualTo("docker run -v website");
        assertThat(type("docker run -d -v webs\t:/srv/www\n")).isEqualTo("docker run -d -v website:/srv/www");
    }

    @Test
    void aHostPathAfterDashVEndsWithNoSpaceEither() {
        assertThat(candidate("docker run -v ./no", "./notes.txt")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidate("docker run -v ./si", "./site/")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidates("docker run -v website:/s")).isEmpty();
        assertThat(candidate("ls no", "notes.txt")).get().extracting(Candidate::complete).isEqualTo(true);
    }

    @Test
    void aMountCompletesItsKeysTypesAndVolumeSourcesWithNoSpace() throws IOException {
        assertThat(candidates("docker run --mount type=volume,source=web")).extracting(Candidate::value)
                .contains("type=volume,source=website").allMatch(value -> value.startsWith("type=volume,source="));
        assertThat(candidate("docker run --mount type=volume,src=mv", "type=volume,src=mv-db")).get()
                .extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidate("docker run --mount=type=volume,source=w", "--mount=type=volume,source=website")).isPresent();
        assertThat(candidate("docker run --mount type=v", "type=volume")).get().extracting(Candidate::complete).isEqualTo(false);
        assertThat(candidate("docker run --mount type=volume,ta", "type=volume,target=")).isPresent();
        assertThat(candidates("docker run --mount type=bind,source=web")).isEmpty();
        assertThat(type("docker run --mount type=volume,source=webs\t,target=/srv/www\n"))
                .isEqualTo("docker run --mount type=volume,source=website,target=/srv/www");
    }

    @Test
    void secondLevelSubcommandsCompleteForEveryGroupWithTheirAliases() throws IOException {
        assertThat(type("docker image ins\t\n")).isEqualTo("docker image inspect ");
        assertThat(type("docker netw\t\n")).isEqualTo("docker network ");
        assertThat(type("docker network disc\t\n")).isEqualTo("docker network disconnect ");
        assertThat(type("docker system d\t\n")).isEqualTo("docker system df ");
        assertThat(type("docker container unp\t\n")).isEqualTo("docker container unpause ");
        assertThat(candidates("docker volume ")).extracting(Candidate::value)
                .contains("create", "inspect", "ls", "list", "prune", "rm", "remove");
        assertThat(candidates("docker container ")).extracting(Candidate::value).contains("ls", "list", "ps", "rm", "remove");
        assertThat(candidates("docker image ")).extracting(Candidate::value).contains("ls", "list", "rm", "remove", "tag");
        assertThat(candidates("docker network ")).extracting(Candidate::value).contains("ls", "list", "rm", "remove");
        assertThat(candidates("docker system ")).extracting(Candidate::value).containsExactlyInAnyOrder("df", "events", "info", "prune");
    }

    @Test
    void namesFromTheDaemonCompleteWhereTheyFit() throws IOException {
        assertThat(type("docker volume rm mv\t\n")).isEqualTo("docker volume rm mv-db ");
        assertThat(candidates("docker volume inspect ")).extracting(Candidate::value).containsExactly("website", "mv-db");
        assertThat(candidates("docker run --volumes-from ")).extracting(Candidate::value).containsExactly("web1", "data-server");
        assertThat(type("docker exec data-s\t\n")).isEqualTo("docker exec data-server ");
    }
}
