package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A lesson's name must never stand for another object that the daemon found by a prefix of its ID. */
class RawInspectTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void aContainerIsTheOneWithThatNameOrThatWholeId() throws Exception {
        JsonNode web = json("{\"Id\": \"db12ef\", \"Name\": \"/web\"}");

        assertThat(RawInspect.isNamed(ObjectKind.CONTAINER, "web", web)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.CONTAINER, "db12ef", web)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.CONTAINER, "db", web)).as("an ID prefix is not a name").isFalse();
    }

    @Test
    void anImageIsTheOneWithThatTagDigestOrId() throws Exception {
        JsonNode image = json("{\"Id\": \"sha256:cafe01\", \"RepoTags\": [\"lab-nginx:v1\", \"busybox:latest\"],"
                + " \"RepoDigests\": [\"busybox@sha256:99\"]}");

        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "lab-nginx:v1", image)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "busybox", image)).as("no tag means latest").isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "busybox@sha256:99", image)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "cafe01", image)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "cafe", image)).isFalse();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "lab-nginx", image)).isFalse();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "localhost:5000/busybox", image)).isFalse();
    }

    @Test
    void anImageIsFoundUnderTheNamesPodmanGivesIt() throws Exception {
        JsonNode built = json("{\"Id\": \"sha256:cafe02\", \"RepoTags\": [\"localhost/anon-site:v1\"]}");
        JsonNode pulled = json("{\"Id\": \"sha256:cafe03\", \"RepoTags\": [\"docker.io/library/busybox:1.36\"],"
                + " \"RepoDigests\": [\"docker.io/library/busybox@sha256:99\"]}");

        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "anon-site:v1", built)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "anon-site:v2", built)).isFalse();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "busybox:1.36", pulled)).isTrue();
        assertThat(RawInspect.isNamed(ObjectKind.IMAGE, "busybox@sha256:99", pulled)).isTrue();
    }
}
