package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine named from /version as each engine answers it (answers trimmed from Docker 26.1.5 and Podman 4.3.1). */
class EngineTest {

    private static Engine engine(String versionJson) throws Exception {
        return Engine.of(RawInspect.as(new ObjectMapper().readTree(versionJson), Version.class));
    }

    @Test
    void podmanNamesItselfInItsComponents() throws Exception {
        Engine podman = engine("{\"Platform\": {\"Name\": \"linux/amd64/debian-12\"}, \"Version\": \"4.3.1\","
                + " \"ApiVersion\": \"1.41\", \"Components\": [{\"Name\": \"Podman Engine\", \"Version\": \"4.3.1\"},"
                + " {\"Name\": \"Conmon\", \"Version\": \"conmon version 2.1.6\"}]}");

        assertThat(podman.isPodman()).isTrue();
        assertThat(podman.describe()).isEqualTo("Podman 4.3.1");
    }

    @Test
    void dockerEngineIsTheEngineOtherwise() throws Exception {
        Engine docker = engine("{\"Platform\": {\"Name\": \"\"}, \"Version\": \"26.1.5+dfsg1\","
                + " \"Components\": [{\"Name\": \"Engine\", \"Version\": \"26.1.5+dfsg1\"},"
                + " {\"Name\": \"containerd\", \"Version\": \"1.7.24\"}]}");
        Engine desktop = engine("{\"Platform\": {\"Name\": \"Docker Desktop 4.34.0 (165256)\"}, \"Version\": \"27.2.0\"}");

        assertThat(docker.isPodman()).isFalse();
        assertThat(docker.describe()).isEqualTo("Docker Engine 26.1.5+dfsg1");
        assertThat(desktop.describe()).isEqualTo("Docker Engine 27.2.0 (Docker Desktop 4.34.0 (165256))");
    }
}
