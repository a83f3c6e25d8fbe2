package dev.dockerlab.cli;

import dev.dockerlab.testing.TarBuilder;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bundles built to fill the disk: what they would write is counted, not what
 * their headers say they store, and they are refused before anything is
 * unpacked or the daemon is asked.
 */
class BundleLimitsTest {

    private static final String MANIFEST = """
            {"format": "dockerlab-bundle/1", "dockerlabVersion": "test", "image": "dlt-bundle-none:1",
             "imageId": "sha256:0", "lessons": ["one"], "created": "2024-01-01T00:00:00Z"}
            """;

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("a refused bundle must not reach the daemon");
        });
    }

    @Test
    void aSparseEntryIsRefusedWhateverTheTarFormat() throws Exception {
        Path contents = Files.createDirectories(home.resolve("contents/lessons")).getParent();
        Files.writeString(contents.resolve("dockerlab-bundle.json"), MANIFEST);
        Files.writeString(contents.resolve("lessons/01-one.md"), "# One\n");
        Files.createFile(contents.resolve("image.tar"));
        try (var blank = new java.io.RandomAccessFile(contents.resolve("lessons/blank.bin").toFile(), "rw")) {
            blank.setLength(200L * 1024 * 1024);
        }
        for (String format : List.of("pax", "gnu")) {
            Path bundle = home.resolve(format + ".tar");
            Process tar = new ProcessBuilder("tar", "--sparse", "--format=" + format, "-C", contents.toString(), "-cf",
                    bundle.toString(), "dockerlab-bundle.json", "lessons/01-one.md", "lessons/blank.bin", "image.tar")
                    .inheritIO().start();
            assertThat(tar.waitFor()).isZero();
            assertThat(Files.size(bundle)).as("the archive stores the holes as nothing").isLessThan(1024 * 1024);

            CliRun.Result run = dockerlab().run("--bundle", bundle.toString(), "list");

            assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("dockerlab: " + bundle + " is refused: its entry \"lessons/blank.bin\" is a"
                    + " sparse file; dockerlab bundles hold plain files and folders only.\n");
        }
        assertThat(home.resolve("state")).doesNotExist();
    }

    @Test
    void aHundredThousandTinyFilesAreRefusedByCount() throws IOException {
        Path bundle = home.resolve("many.tar");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bundle));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            put(tar, "dockerlab-bundle.json", MANIFEST.getBytes(StandardCharsets.UTF_8));
            put(tar, "lessons/01-one.md", "# One\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                put(tar, "lessons/f/" + i, new byte[0]);
            }
            put(tar, "image.tar", new byte[0]);
        }

        CliRun.Result run = dockerlab().run("--bundle", bundle.toString(), "list");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + bundle + " is refused: it holds more than 10000 entries;"
                + " a course bundle needs a few dozen.\n");
        assertThat(home.resolve("state")).doesNotExist();
    }

    @Test
    void aLessonFileTooLargeToLoadIsRefusedBeforeUnpacking() throws IOException {
        String huge = "# One\n" + "x".repeat(1024 * 1024);
        Path bundle = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).file("lessons/01-one.md", huge)
                .file("image.tar", "").writeTo(home.resolve("huge.tar"));

        CliRun.Result run = dockerlab().run("--bundle", bundle.toString(), "list");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + bundle + " is refused: its lesson lessons/01-one.md is larger"
                + " than 1024 KiB, the limit for one lesson file.\n");
        assertThat(home.resolve("state")).doesNotExist();
    }

    @Test
    void aLessonFileTooLargeToReadIsOneProblemForListAndLint() throws IOException {
        Path folder = Files.createDirectories(home.resolve("course"));
        Files.copy(CliRun.fixture("passing").resolve("01-passing.md"), folder.resolve("01-passing.md"));
        Path huge = folder.resolve("02-huge.md");
        Files.writeString(huge, "---\nid: huge\n---\n" + "A line of a lesson that goes on.\n".repeat(64 * 1024));
        assertThat(Files.size(huge)).isGreaterThan(2_000_000);

        CliRun.Result list = dockerlab().run("--lessons", folder.toString(), "list");
        CliRun.Result lint = dockerlab().run("lint", folder.toString());

        String problem = huge + ":1: the file is larger than a lesson may be (1024 KiB); it was not read";
        assertThat(list.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(list.err()).contains(problem).doesNotContain("Exception", "\tat ");
        assertThat(lint.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(lint.out()).isEqualTo(problem + "\n");
        assertThat(lint.err()).doesNotContain("Exception");
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
