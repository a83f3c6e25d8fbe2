package dev.dockerlab.bundle;

import dev.dockerlab.failure.BadInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A manifest of the wrong shape is said in words, with its line, never as a Java type or a daemon's 400. */
class BundleManifestTest {

    private static final Path FILE = Path.of("course.tar");

    private static String refusal(String json) {
        try {
            BundleManifest.parse(json.getBytes(StandardCharsets.UTF_8), FILE);
        } catch (BadInput refused) {
            return refused.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aValueOfTheWrongKindNamesTheFieldTheLineAndWhatWasExpected() {
        assertThat(refusal("""
                {"format": "dockerlab-bundle/1", "dockerlabVersion": "t", "image": "a:1",
                 "imageId": "sha256:0", "lessons": {"a": "b"}, "created": "x"}"""))
                .isEqualTo("course.tar is not a dockerlab bundle: its dockerlab-bundle.json:2: \"lessons\" must be a"
                        + " list of lesson ids, like [\"copy-on-write\"].");
        assertThat(refusal("{\"format\": \"dockerlab-bundle/1\", \"image\": {\"a\": 1}}"))
                .isEqualTo("course.tar is not a dockerlab bundle: its dockerlab-bundle.json:1: \"image\" must be a single text value.");
        assertThat(refusal("[\"x\"]"))
                .isEqualTo("course.tar is not a dockerlab bundle: its dockerlab-bundle.json:1: the manifest must be an"
                        + " object of keys with values.");
    }

    @Test
    void anImageThatIsNoReferenceIsRefusedBeforeTheDaemonIsAsked() {
        String message = refusal("{\"format\": \"dockerlab-bundle/1\", \"image\": \"--help\", \"lessons\": [\"one\"]}");

        assertThat(message).isEqualTo("course.tar is a damaged dockerlab bundle: its manifest's image \"--help\" is not"
                + " an image reference (such as dockerlab/busybox:1); make it again with dockerlab bundle.");
        assertThatThrownBy(() -> BundleManifest.parse("{\"format\": \"dockerlab-bundle/1\", \"image\": \"Upper/Case\"}"
                .getBytes(StandardCharsets.UTF_8), FILE)).isInstanceOf(BadInput.class);
        assertThat(BundleManifest.parse("{\"format\": \"dockerlab-bundle/1\", \"image\": \"registry:5000/lab/busybox:1\"}"
                .getBytes(StandardCharsets.UTF_8), FILE).lessons()).isEmpty();
    }
}
