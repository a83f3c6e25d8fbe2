package dev.dockerlab.cli;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TarBuilder;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bundle whose image carries the tag of an image the learner has: docker
 * load would move the tag and leave the learner's image nameless. It loads
 * only over a free tag, the same image, or an image dockerlab made.
 */
@DaemonTest
class BundleRetagDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String tag;
    private Path bundle;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        this.daemon = daemon;
        dockerlab = new CliRun(home, daemon::connection);
        tag = daemon.name("victim") + ":1";
        daemon.owns("image", tag);
        // the bundle carries the lab image under the tag; the tag is then freed for the learner's image
        Path saved = home.resolve("image.tar");
        daemon.sh("docker tag \"$IMAGE\" " + tag + " && docker save -o " + saved + " " + tag + " && docker rmi " + tag);
        String manifest = """
                {"format": "dockerlab-bundle/1", "dockerlabVersion": "test", "image": "%s",
                 "imageId": "sha256:not-the-one", "lessons": ["one"], "created": "2024-01-01T00:00:00Z"}
                """.formatted(tag);
        bundle = new TarBuilder().file("dockerlab-bundle.json", manifest).file("lessons/01-one.md", "# One\n")
                .file("image.tar", Files.readAllBytes(saved)).writeTo(home.resolve("course.tar"));
    }

    @Test
    void aTagOnTheLearnersOwnImageIsNeverMoved() {
        String mine = learnersImage();

        CliRun.Result run = dockerlab.run("bundle", "load", bundle.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + bundle + " is refused: loading it would move the tag " + tag
                + " from your image " + mine.substring(7, 19) + " to the bundle's; free the tag first (docker tag "
                + tag + " SOME-OTHER-NAME, then docker rmi " + tag + ") and load the bundle again.\n");
        assertThat(imageId(tag)).contains(mine);
        assertThat(home.resolve("state/dockerlab/bundles/course")).doesNotExist();
    }

    @Test
    void aFreeTagLoadsAndEndsOnTheBundlesImage() {
        CliRun.Result run = dockerlab.run("bundle", "load", bundle.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(imageId(tag)).isEqualTo(imageId(daemon.labImage()));
    }

    @Test
    void theSameImageUnderTheTagIsNotLoadedAgain() {
        daemon.sh("docker tag \"$IMAGE\" " + tag);

        CliRun.Result run = dockerlab.run("bundle", "load", bundle.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("The lab image " + tag + " is already present (not loaded again);");
    }

    @Test
    void anImageTheLedgerSaysDockerlabMadeMayLoseItsTag() throws IOException {
        String made = learnersImage();
        Files.createDirectories(home.resolve("state/dockerlab"));
        Files.writeString(home.resolve("state/dockerlab/owned.json"), "{\"images\": [\"" + made + "\"]}");

        CliRun.Result run = dockerlab.run("bundle", "load", bundle.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(imageId(tag)).isEqualTo(imageId(daemon.labImage()));
    }

    /** An image of the learner's own under the tag: empty, imported, with no dockerlab label. */
    private String learnersImage() {
        daemon.sh("tar cf - --files-from /dev/null | docker import --change \"LABEL $TEST_LABEL\" - " + tag + " >/dev/null");
        return imageId(tag).orElseThrow();
    }

    private Optional<String> imageId(String reference) {
        try {
            return Optional.of(daemon.client().inspectImageCmd(reference).exec().getId());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }
}
