package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.VolumeAssertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check lines of LESSON-FORMAT.md's "Extensions": identity, restart order, ${TOKEN}, plain-word labels. */
class CheckExtensionsGrammarTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "demo");

    @Test
    void identityLinesReadAsTheirClaims() throws CheckSyntaxException {
        assertThat(parse("container web is the one from the start")).isEqualTo(new ContainerAssertion.Identity("web", true));
        assertThat(parse("container web is not the one from the start"))
                .isEqualTo(new ContainerAssertion.Identity("web", false));
        assertThat(parse("not container web is the one from the start"))
                .isEqualTo(new Negation(new ContainerAssertion.Identity("web", true)));
        assertThat(parse("container rescue mounts the volume that anon-web had at /data"))
                .isEqualTo(new ContainerAssertion.MountsStartVolume("rescue", "anon-web", "/data"));
        assertThat(parse("volume website is the one from the start")).isEqualTo(new VolumeAssertion.Identity("website", true));
        assertThat(parse("volume website is not the one from the start"))
                .isEqualTo(new VolumeAssertion.Identity("website", false));
    }

    @Test
    void restartLinesReadWithAndWithoutAPath() throws CheckSyntaxException {
        assertThat(parse("container web was restarted after its files changed"))
                .isEqualTo(new ContainerAssertion.Restarted("web", Optional.empty()));
        assertThat(parse("container web was restarted after file /etc/httpd.conf changed"))
                .isEqualTo(new ContainerAssertion.Restarted("web", Optional.of("/etc/httpd.conf")));
        assertThat(parse("container web was restarted after its files changed").sentence())
                .isEqualTo("container web was restarted after its files changed");
    }

    @Test
    void badFormsSayWhatWasExpected() {
        assertThatThrownBy(() -> parse("container rescue mounts the volume that anon-web at /data"))
                .hasMessage("expected 'had' after 'anon-web', found 'at'");
        assertThatThrownBy(() -> parse("container web was restarted after file /etc/x"))
                .hasMessage("expected 'changed' after '/etc/x'");
        assertThatThrownBy(() -> parse("container web is running ::"))
                .hasMessageStartingWith("nothing after '::' at column 26");
        assertThatThrownBy(() -> parse(":: only words"))
                .hasMessageStartingWith("'::' at column 1 starts the line");
    }

    @Test
    void tokenStaysForItsRunAndOnlyInQuotedText() throws CheckSyntaxException {
        assertThat(parse("volume website file notes.txt contains \"${TOKEN}\""))
                .isEqualTo(new VolumeAssertion.File("website", "notes.txt", FileClaim.contains("${TOKEN}")));
        assertThat(parse("volume website file notes.txt contains \"${TOKEN}\"")
                .withText(VARIABLES.withToken("a1b2")::fillToken))
                .isEqualTo(new VolumeAssertion.File("website", "notes.txt", FileClaim.contains("a1b2")));
        assertThatThrownBy(() -> parse("volume website has file ${TOKEN}.txt"))
                .hasMessage("${TOKEN} may stand only in quoted text (a content, a message, a command line),"
                        + " not in the name or path '${TOKEN}.txt'");
    }

    @Test
    void aLabelIsTheRestOfTheLineAfterAWordOfTwoColons() throws CheckSyntaxException {
        assertThat(CheckParser.label("container web is running :: the server runs again"))
                .contains("the server runs again");
        assertThat(CheckParser.label("container web logs contain \"a :: b\"")).isEmpty();
        assertThat(CheckParser.label("command \"echo a::b\" succeeds")).isEmpty();
        assertThat(CheckParser.label("container web is running # a comment :: not a label")).isEmpty();
        assertThat(parse("container web is running :: the server runs again"))
                .isEqualTo(new ContainerAssertion.Life("web", ContainerAssertion.Life.State.RUNNING));
    }

    @Test
    void aCheckBlockKeepsEachLinesLabelAndTheLintNamesFileAndLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("01-demo.md"), """
                # Demo

                ## Run it

                ```check
                container web is running :: the server runs again
                container web is stopped ::
                volume site has file ${TOKEN}
                container web mounts the volume that old had /data
                ```

                ```solution
                true
                ```
                """);
        LoadedLesson loaded = new LessonLoader(VARIABLES).load(file);

        List<CheckLine> checks = loaded.lesson().steps().get(0).exercise().checks();
        assertThat(checks.get(0).label()).contains("the server runs again");
        assertThat(checks.get(0).shown()).isEqualTo("the server runs again");
        assertThat(checks.get(0).sentence()).isEqualTo("the server runs again");
        assertThat(loaded.problems()).extracting(problem -> problem.line() + ": " + problem.message()).contains(
                "7: nothing after '::' at column 26; write the plain words of the check after it, or leave '::' out",
                "8: ${TOKEN} may stand only in quoted text (a content, a message, a command line), not in the name or path '${TOKEN}'",
                "9: expected 'at' after 'had', found '/data'");
    }

    private static dev.dockerlab.model.Assertion parse(String line) throws CheckSyntaxException {
        return CheckParser.parse(line, VARIABLES);
    }
}
