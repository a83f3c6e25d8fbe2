package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.TarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tar czf} archives are read as tar, whatever their name, and the fact says they were compressed. */
class GzipArchiveChecksTest {

    @TempDir
    Path lab;

    private Path gzipped(String name) throws IOException {
        Path tar = new TarBuilder().file("data/notes.txt", "the notes").writeTo(lab.resolve("plain.tar"));
        Path gz = lab.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(tar));
        }
        return gz;
    }

    private Verdict judge(String line) throws CheckSyntaxException {
        try (Evaluation evaluation = new Evaluation(new FakeDockerState(),
                new Shell(new Variables(lab.toString(), "dockerlab/lab:1", "t")), List.of())) {
            return evaluation.evaluate(CheckParser.parse(line));
        }
    }

    @Test
    void aGzipArchiveIsReadByItsMagicBytes() throws IOException, CheckSyntaxException {
        Path tgz = gzipped("backup.tgz");
        Path misnamed = gzipped("backup.tar");

        assertThat(judge("archive " + tgz + " has entry data/notes.txt"))
                .isEqualTo(Verdict.of(true, "archive backup.tgz (gzip-compressed) has entry data/notes.txt"));
        assertThat(judge("archive " + misnamed + " entry data/notes.txt contains \"the notes\"").passed()).isTrue();
        assertThat(judge("archive " + tgz + " has entry data/other.txt"))
                .isEqualTo(Verdict.of(false, "archive backup.tgz (gzip-compressed) has no entry data/other.txt;"
                        + " its entries: data/notes.txt"));
    }
}
