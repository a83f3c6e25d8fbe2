package dev.dockerlab.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FenceKindTest {

    @Test
    void alternativeAndMistakeBlocksAreForTheEngineOnly() {
        assertThat(FenceKind.of("alternative --mount instead of -v")).isEqualTo(FenceKind.HIDDEN);
        assertThat(FenceKind.of("mistake a new volume {fails=\"mounts volume\"}")).isEqualTo(FenceKind.HIDDEN);
        assertThat(FenceKind.of("mistake")).isEqualTo(FenceKind.HIDDEN);
    }
}
