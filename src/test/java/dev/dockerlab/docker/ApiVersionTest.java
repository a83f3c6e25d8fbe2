package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiVersionTest {

    @Test
    void speaksTheDaemonsVersionWhenItIsOlderThanWhatWeModel() {
        assertThat(ApiVersion.negotiate("1.41", "1.12")).isEqualTo("1.41");
    }

    @Test
    void capsANewerDaemonAtTheNewestModelledVersion() {
        assertThat(ApiVersion.negotiate("1.52", "1.24")).isEqualTo(ApiVersion.NEWEST_SUPPORTED);
    }

    @Test
    void neverGoesBelowTheDaemonsMinimum() {
        assertThat(ApiVersion.negotiate("1.53", "1.45")).isEqualTo("1.45");
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(ApiVersion.compare("1.9", "1.41")).isNegative();
        assertThat(ApiVersion.compare("1.41", "1.41")).isZero();
    }

    @Test
    void withoutAnAnswerSpeaksTheNewestModelled() {
        assertThat(ApiVersion.negotiate(null, null)).isEqualTo(ApiVersion.NEWEST_SUPPORTED);
    }
}
