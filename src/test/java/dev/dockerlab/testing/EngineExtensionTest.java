package dev.dockerlab.testing;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An engine test without its engine is skipped on a laptop and fails under CI or scripts/test. */
class EngineExtensionTest {

    @Test
    void ciAndScriptsTestRequireTheEngines() {
        assertThat(EngineExtension.required(Map.of("CI", "true"))).isTrue();
        assertThat(EngineExtension.required(Map.of("DOCKERLAB_REQUIRE_ENGINES", "1"))).isTrue();
    }

    @Test
    void elsewhereAMissingEngineIsSkipped() {
        assertThat(EngineExtension.required(Map.of())).isFalse();
        assertThat(EngineExtension.required(Map.of("CI", "false", "DOCKERLAB_REQUIRE_DAEMON", "1"))).isFalse();
    }
}
