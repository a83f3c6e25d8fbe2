package dev.dockerlab.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void controlCharactersAreShownEscaped() {
        assertThat(Printable.of("command \"printf '\u001b[2J'\" fails\u0007\rover\u009b"))
                .isEqualTo("command \"printf '\\x1b[2J'\" fails\\x07\\rover\\x9b")
                .doesNotContain("\u001b");
    }

    @Test
    void invisibleFormatCharactersAreShownEscaped() {
        assertThat(Printable.of("file \u202Egnp.exe")).isEqualTo("file \\u202egnp.exe");
    }

    @Test
    void textLineBreaksTabsAndOtherScriptsStay() {
        assertThat(Printable.of("Eine Übung\n\tläuft ▶ ok")).isEqualTo("Eine Übung\n\tläuft ▶ ok");
    }
}
