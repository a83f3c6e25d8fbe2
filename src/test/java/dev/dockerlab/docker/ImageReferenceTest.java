package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One image, one name, whether Docker or Podman reports it. */
class ImageReferenceTest {

    @Test
    void theNamesEnginesAddAreImplied() {
        assertThat(ImageReference.normal("anon-site:v1")).isEqualTo("anon-site:v1");
        assertThat(ImageReference.normal("localhost/anon-site:v1")).as("Podman, built here").isEqualTo("anon-site:v1");
        assertThat(ImageReference.normal("docker.io/library/busybox")).isEqualTo("busybox:latest");
        assertThat(ImageReference.normal("library/busybox:1.36")).isEqualTo("busybox:1.36");
        assertThat(ImageReference.normal("docker.io/someone/tool:2")).isEqualTo("someone/tool:2");
    }

    @Test
    void aRegistryWithAPortOrAnotherHostStaysPartOfTheName() {
        assertThat(ImageReference.normal("localhost:5000/site")).isEqualTo("localhost:5000/site:latest");
        assertThat(ImageReference.same("quay.io/site:v1", "site:v1")).isFalse();
        assertThat(ImageReference.same("localhost:5000/site", "site")).isFalse();
    }

    @Test
    void aShortNameKeepsWhatTheLearnerWrote() {
        assertThat(ImageReference.shortName("localhost/anon-site")).isEqualTo("anon-site");
        assertThat(ImageReference.shortName("docker.io/library/busybox:1.36")).isEqualTo("busybox:1.36");
    }
}
