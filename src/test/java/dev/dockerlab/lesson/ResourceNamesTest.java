package dev.dockerlab.lesson;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceNamesTest {

    @Test
    void namesDockerAcceptsPass() {
        assertThat(ResourceNames.problem("containers", "bind-web1")).isEmpty();
        assertThat(ResourceNames.problem("volumes", "site_data.2")).isEmpty();
        assertThat(ResourceNames.problem("images", "lab-nginx:v1")).isEmpty();
        assertThat(ResourceNames.problem("images", "localhost:5000/lab/site")).isEmpty();
        assertThat(ResourceNames.problem("paths", "html/site")).isEmpty();
    }

    @Test
    void whatResetCouldNotRemoveSafelyIsAProblem() {
        assertThat(ResourceNames.problem("containers", "bad name")).get().asString().contains("not a valid container name");
        assertThat(ResourceNames.problem("images", "Lab:v1")).get().asString().contains("not an image reference");
        assertThat(ResourceNames.problem("images", "${IMAGE}")).get().asString().contains("not the lab image");
        assertThat(ResourceNames.problem("paths", "/etc")).get().asString().contains("must be a path inside ${LAB}");
        assertThat(ResourceNames.problem("paths", "a/../../up")).get().asString().contains("must be a path inside ${LAB}");
        assertThat(ResourceNames.problem("paths", ".")).get().asString().contains("must be a path inside ${LAB}");
        assertThat(ResourceNames.problem("paths", "${LAB}/html")).get().asString().contains("write 'html'");
    }
}
