package dev.dockerlab.check;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatTimeTest {

    @Test
    void nanosecondsAndTheOffsetAreKept() {
        assertThat(StatTime.parse("2026-11-30 06:04:05.753795421 +0000"))
                .contains(new StatTime(Instant.parse("2026-11-30T06:04:05.753795421Z"), false));
        assertThat(StatTime.parse("2026-11-30 07:04:05.5 +0100"))
                .contains(new StatTime(Instant.parse("2026-11-30T06:04:05.5Z"), false));
    }

    @Test
    void aTimeWithoutAFractionHasWholeSecondsOnly() {
        assertThat(StatTime.parse("2026-11-30 06:04:05 +0000"))
                .contains(new StatTime(Instant.parse("2026-11-30T06:04:05Z"), true));
    }

    @Test
    void anythingElseIsNoTime() {
        assertThat(StatTime.parse("stat: can't stat '/x': No such file or directory")).isEmpty();
        assertThat(StatTime.parse("")).isEmpty();
    }
}
