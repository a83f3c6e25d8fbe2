package dev.dockerlab.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Active time on a hand-turned clock: no sleeping, nothing timed. */
class ActiveTimeTest {

    private long now = 1_000_000_000_000L;
    private final ActiveTime time = new ActiveTime(() -> now);
    private long counted;

    private void pass(Duration duration) {
        now += duration.toNanos();
    }

    @Test
    void aWaitAtThePromptCountsUpToFiveMinutes() {
        pass(Duration.ofMinutes(2));
        counted += time.lineTyped();
        pass(Duration.ofMinutes(40));
        counted += time.lineTyped();

        assertThat(counted).isEqualTo(Duration.ofMinutes(2 + 5).toSeconds());
    }

    @Test
    void aCommandCountsAllTheWhileItRunsEvenPastTheCap() {
        pass(Duration.ofSeconds(30));
        counted += time.lineTyped();
        pass(Duration.ofMinutes(10));
        counted += time.handled();

        assertThat(counted).as("a ten-minute shell inside docker run -it is ten minutes of work")
                .isEqualTo(Duration.ofSeconds(30).plusMinutes(10).toSeconds());
    }

    @Test
    void theOpeningAndTheReadingBeforeTheFirstLineCount() {
        pass(Duration.ofSeconds(20));
        counted += time.handled();
        pass(Duration.ofMinutes(3));
        counted += time.lineTyped();

        assertThat(counted).isEqualTo(Duration.ofSeconds(20).plusMinutes(3).toSeconds());
    }

    @Test
    void fractionsOfASecondAddUpInsteadOfBeingDropped() {
        for (int line = 0; line < 100; line++) {
            pass(Duration.ofMillis(700));
            counted += time.lineTyped();
            pass(Duration.ofMillis(600));
            counted += time.handled();
        }

        assertThat(counted).isEqualTo(130);
    }
}
