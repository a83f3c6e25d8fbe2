package dev.dockerlab.cli;

import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.testing.TarBuilder;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bundle files that are refused before the daemon is asked anything, and a daemon that is down. */
class BundleCommandTest {

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
    void anEntryThatClimbsOutOfTheBundleIsRefusedAndNothingIsWritten() throws IOException {
        Path evil = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).file("lessons/01-one.md", "# One\n")
                .file("lessons/../../evil", "gotcha").file("image.tar", "").writeTo(home.resolve("evil.tar"));

        CliRun.Result run = dockerlab().run("bundle", "load", evil.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + evil + " is refused: its entry \"lessons/../../evil\" points outside"
                + " the bundle (an absolute path or \"..\"); dockerlab bundles never hold such entries.\n");
        assertThat(filesUnder(home)).containsExactly(evil);
    }

    @Test
    void aPlainDotDotEntryIsRefusedEvenBeforeTheManifest() throws IOException {
        Path evil = new TarBuilder().file("../evil", "gotcha").writeTo(home.resolve("evil.tar"));

        CliRun.Result run = dockerlab().run("--bundle", evil.toString(), "list");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("its entry \"../evil\" points outside the bundle");
        assertThat(run.out()).isEmpty();
        assertThat(filesUnder(home)).containsExactly(evil);
        assertThat(home.resolveSibling("evil")).doesNotExist();
    }

    @Test
    void absolutePathsAndLinksAreRefused() throws IOException {
        TarArchiveEntry absolute = new TarArchiveEntry("/tmp/dockerlab-evil", true);
        Path withAbsolute = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).entry(absolute, "gotcha")
                .writeTo(home.resolve("absolute.tar"));
        TarArchiveEntry link = new TarArchiveEntry("lessons/01-one.md", TarConstants.LF_SYMLINK);
        link.setLinkName("/etc/passwd");
        Path withLink = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).entry(link, "").writeTo(home.resolve("link.tar"));

        CliRun.Result absoluteRun = dockerlab().run("bundle", "load", withAbsolute.toString());
        CliRun.Result linkRun = dockerlab().run("bundle", "load", withLink.toString());

        assertThat(absoluteRun.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(absoluteRun.err()).contains("its entry \"/tmp/dockerlab-evil\" points outside the bundle");
        assertThat(linkRun.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(linkRun.err()).contains("its entry \"lessons/01-one.md\" is a link or special file");
        assertThat(Path.of("/tmp/dockerlab-evil")).doesNotExist();
    }

    @Test
    void aFileThatIsNoBundleIsRefusedInOneSentence() throws IOException {
        Path text = Files.writeString(home.resolve("notes.tar"), "these are my notes\n");
        Path otherTar = new TarBuilder().file("README.md", "# not a course\n").writeTo(home.resolve("other.tar"));

        for (Path file : List.of(text, otherTar)) {
            CliRun.Result run = dockerlab().run("bundle", "load", file.toString());

            assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("dockerlab: " + file + " is not a dockerlab bundle (it does not begin with"
                    + " dockerlab-bundle.json); dockerlab bundle FILE.tar makes one.\n");
        }
    }

    @Test
    void aMissingFileAFolderAndACutOffCopyAreRefusedInOneSentence() throws IOException {
        Path whole = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).file("lessons/01-one.md", "# One\n")
                .file("image.tar", "x".repeat(20_000)).writeTo(home.resolve("whole.tar"));
        Path cut = Files.write(home.resolve("cut.tar"), Arrays.copyOf(Files.readAllBytes(whole), 8_000));

        CliRun.Result missing = dockerlab().run("bundle", "load", home.resolve("nowhere.tar").toString());
        CliRun.Result folder = dockerlab().run("--bundle", home.toString(), "list");
        CliRun.Result damaged = dockerlab().run("bundle", "load", cut.toString());

        assertThat(missing.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("dockerlab: there is no bundle file at " + home.resolve("nowhere.tar") + ".\n");
        assertThat(folder.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(folder.err()).isEqualTo("dockerlab: " + home + " is a folder, not a bundle file;"
                + " name the .tar file dockerlab bundle wrote.\n");
        assertThat(damaged.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(damaged.err()).isEqualTo("dockerlab: " + cut + " is damaged (Truncated TAR archive); copy it again.\n");
    }

    @Test
    void aBundleWithoutItsImageOrFromANewerDockerlabIsRefused() throws IOException {
        Path noImage = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).file("lessons/01-one.md", "# One\n")
                .writeTo(home.resolve("no-image.tar"));
        Path newer = new TarBuilder().file("dockerlab-bundle.json", MANIFEST.replace("dockerlab-bundle/1", "dockerlab-bundle/2"))
                .writeTo(home.resolve("newer.tar"));

        CliRun.Result incomplete = dockerlab().run("bundle", "load", noImage.toString());
        CliRun.Result tooNew = dockerlab().run("bundle", "load", newer.toString());

        assertThat(incomplete.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(incomplete.err()).isEqualTo("dockerlab: " + noImage + " is an incomplete dockerlab bundle: it should"
                + " hold lessons/ and one image.tar, and holds 1 lesson file(s) and 0 image(s).\n");
        assertThat(tooNew.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooNew.err()).isEqualTo("dockerlab: " + newer + " is a dockerlab-bundle/2 bundle from dockerlab test;"
                + " this dockerlab reads dockerlab-bundle/1 only, so update it.\n");
    }

    @Test
    void aDaemonThatIsDownIsOneSentenceAndExitCode3() throws IOException {
        Path bundle = new TarBuilder().file("dockerlab-bundle.json", MANIFEST).file("lessons/01-one.md", "# One\n")
                .file("image.tar", "").writeTo(home.resolve("course.tar"));
        CliRun down = new CliRun(home, () -> {
            throw new DockerUnavailable("No Docker daemon answers at unix:///nowhere/docker.sock.");
        });

        CliRun.Result load = down.run("bundle", "load", bundle.toString());
        CliRun.Result create = down.run("--lessons", Path.of("lessons").toAbsolutePath().toString(),
                "bundle", home.resolve("new.tar").toString());

        for (CliRun.Result run : List.of(load, create)) {
            assertThat(run.status()).isEqualTo(ExitCode.NO_DAEMON);
            assertThat(run.err()).isEqualTo("dockerlab: No Docker daemon answers at unix:///nowhere/docker.sock.\n");
        }
        assertThat(home.resolve("new.tar")).doesNotExist();
        assertThat(home.resolve("state/dockerlab/bundles/course")).doesNotExist();

        // a command that needs no daemon opens the bundle's lessons all the same
        CliRun.Result list = down.run("--bundle", bundle.toString(), "list");
        assertThat(list.status()).as(list.all()).isEqualTo(ExitCode.OK);
        assertThat(list.out()).startsWith("01  one");
        assertThat(home.resolve("state/dockerlab/bundles/course/01-one.md")).hasContent("# One");
    }

    @Test
    void bundleWithoutAFileSaysHowToNameOne() {
        CliRun.Result run = dockerlab().run("bundle");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("Name the bundle: dockerlab bundle FILE.tar writes one,"
                + " dockerlab bundle load FILE.tar loads one.\nUsage: dockerlab bundle");
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
