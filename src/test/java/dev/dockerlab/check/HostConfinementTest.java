package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Host and archive checks read only under ${LAB}: a path elsewhere, one that
 * climbs out, or one reached through a link out is a check that fails either
 * way, in one sentence, and whatever the file holds is never shown. What is
 * shown of a lab file is a short, escaped excerpt.
 */
class HostConfinementTest {

    private static final String SECRET = "root:$6$very-secret-hash:19000:0:99999:7:::";

    @TempDir
    Path home;

    private Path lab;
    private Path outside;

    private Verdict judge(String line) throws IOException {
        lab = Files.createDirectories(home.resolve("lab"));
        outside = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(outside.resolve("shadow"), SECRET + "\n");
        Files.writeString(outside.resolve("backup.tar"), SECRET);
        try (Evaluation evaluation = new Evaluation(new FakeDockerState(),
                new Shell(new Variables(lab.toString(), "dockerlab/lab:1", "test")), List.of())) {
            return evaluation.evaluate(CheckParser.parse(line.replace("LAB", lab.toString())
                    .replace("OUT", outside.toString())));
        } catch (CheckSyntaxException wrong) {
            throw new AssertionError(wrong);
        }
    }

    @Test
    void aPathOutsideTheLabIsNotReadAndFailsEitherWay() throws IOException {
        for (String line : List.of("host OUT/shadow contains \"x\"", "not host OUT/shadow contains \"x\"",
                "host LAB/../elsewhere/shadow contains \"root\"", "host OUT/shadow exists", "not host OUT/shadow exists",
                "archive OUT/backup.tar has entry x", "not archive LAB/../elsewhere/backup.tar entry x contains \"y\"")) {
            Verdict verdict = judge(line);

            assertThat(verdict.status()).as(line).isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(verdict.observed()).as(line).endsWith("checks read only files under the lab folder ${LAB}; "
                    + line.replace("not ", "").split(" ")[1].replace("OUT", outside.toString())
                    .replace("LAB", lab.toString()) + " is outside it, so it was not read")
                    .doesNotContain("very-secret");
        }
    }

    @Test
    void aLinkOutOfTheLabIsNotFollowed() throws IOException {
        judge("host LAB/x exists");
        Files.createSymbolicLink(lab.resolve("etc"), outside);

        Verdict verdict = judge("host LAB/etc/shadow contains \"root\"");
        Verdict archive = judge("not archive LAB/etc/backup.tar has entry x");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.UNKNOWN);
        assertThat(verdict.observed()).isEqualTo("host checks do not follow symbolic links out of the lab folder ${LAB};"
                + " a folder on the way to " + lab.resolve("etc/shadow") + " is one, so it was not read");
        assertThat(archive.status()).isEqualTo(Verdict.Status.UNKNOWN);
    }

    @Test
    void aLabFileIsQuotedInAShortEscapedExcerpt() throws IOException {
        judge("host LAB/x exists");
        Files.writeString(lab.resolve("page.html"), "\u001b[2J<h1>" + "A long page ".repeat(40) + "</h1>\n");

        Verdict verdict = judge("host LAB/page.html contains \"Bye\"");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAILED);
        String says = verdict.observed().substring(verdict.observed().indexOf("; it says: ") + "; it says: ".length());
        assertThat(says).isEqualTo("\"\\\\x1b[2J<h1>A long page A long page A long page A long pag...\"");
        assertThat(verdict.observed()).doesNotContain("\u001b");
    }

    @Test
    void theLabFolderItselfAndItsFilesAreRead() throws IOException {
        judge("host LAB/x exists");
        Files.writeString(lab.resolve("index.html"), "Hello\n");

        assertThat(judge("host LAB is a directory").passed()).isTrue();
        assertThat(judge("host LAB/index.html contains \"Hello\"").passed()).isTrue();
        assertThat(judge("host LAB/missing.txt is absent").passed()).isTrue();
    }
}
