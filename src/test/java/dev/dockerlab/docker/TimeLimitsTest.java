package dev.dockerlab.docker;

import dev.dockerlab.failure.BadInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitsTest {

    @Test
    void theEnvironmentSetsEachLimitInSeconds() {
        TimeLimits limits = TimeLimits.fromEnvironment(Map.of("DOCKERLAB_DAEMON_TIMEOUT", "7",
                "DOCKERLAB_SCRIPT_TIMEOUT", " 600 ", "DOCKERLAB_COMMAND_TIMEOUT", "9"));

        assertThat(limits).isEqualTo(new TimeLimits(Duration.ofSeconds(7), Duration.ofSeconds(7),
                Duration.ofSeconds(600), Duration.ofSeconds(9)));
    }

    @Test
    void unsetOrEmptyMeansTheDefaults() {
        assertThat(TimeLimits.fromEnvironment(Map.of("DOCKERLAB_SCRIPT_TIMEOUT", ""))).isEqualTo(TimeLimits.DEFAULT);
        assertThat(TimeLimits.DEFAULT.script()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aLimitThatIsNotAWholePositiveNumberIsOneSentence() {
        for (String value : new String[] {"5m", "0", "-3", "1.5"}) {
            assertThatThrownBy(() -> TimeLimits.fromEnvironment(Map.of("DOCKERLAB_COMMAND_TIMEOUT", value)))
                    .isInstanceOf(BadInput.class)
                    .hasMessage("DOCKERLAB_COMMAND_TIMEOUT=" + value + " is not a number of seconds; set it to a whole "
                            + "number such as 30, or unset it for the default.");
        }
    }
}
