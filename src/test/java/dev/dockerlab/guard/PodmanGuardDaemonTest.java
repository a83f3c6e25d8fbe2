package dev.dockerlab.guard;

import dev.dockerlab.lesson.Resources;
import dev.dockerlab.testing.EngineTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard on Podman's Docker API, which joins two list filters with "or":
 * a volume prune by label still takes only the unused volumes with that label.
 * Run with DOCKERLAB_PODMAN_HOST set (scripts/engines --keep podman prints it).
 */
@EngineTest("DOCKERLAB_PODMAN_HOST")
class PodmanGuardDaemonTest {

    @Test
    void aPruneByLabelLeavesAnUnlabelledVolumeAlone(TestDaemon podman) throws Exception {
        String labelled = podman.name("shop-tmp");
        String unlabelled = podman.name("keep");
        podman.owns("volume", labelled).owns("volume", unlabelled);
        podman.sh("docker volume create --label \"$TEST_LABEL\" --label project=shop " + labelled + " >/dev/null"
                + " && docker volume create " + unlabelled + " >/dev/null");

        try (DockerGuard guard = DockerGuard.forEndpoint(podman.connection().endpoint().uri()).orElseThrow()) {
            Map<String, String> environment = guard.environment("guarded", Optional.of(
                    new Resources(List.of(), List.of(labelled, unlabelled), List.of(), List.of())));
            String pruned = run(environment, "docker volume prune -f --filter label=project=shop");

            assertThat(pruned).contains(labelled).doesNotContain(unlabelled);
        }
        assertThat(podman.trySh("docker volume inspect " + labelled).status()).isNotZero();
        assertThat(podman.sh("docker volume inspect --format '{{.Name}}' " + unlabelled)).isEqualTo(unlabelled + "\n");
    }

    private static String run(Map<String, String> guarded, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        builder.environment().putAll(guarded);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
