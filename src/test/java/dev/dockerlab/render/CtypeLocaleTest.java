package dev.dockerlab.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The locale for characters is read as C programs read it, and its codeset is what the terminal sends. */
class CtypeLocaleTest {

    @Test
    void theFirstOfLcAllLcCtypeAndLangThatIsSetCounts() {
        assertThat(CtypeLocale.of(Map.of("LANG", "C", "LC_CTYPE", "en_US.UTF-8")).map(CtypeLocale::name))
                .contains("en_US.UTF-8");
        assertThat(CtypeLocale.of(Map.of("LC_ALL", "de_DE.ISO-8859-1", "LC_CTYPE", "en_US.UTF-8")).map(CtypeLocale::name))
                .contains("de_DE.ISO-8859-1");
        assertThat(CtypeLocale.of(Map.of("LC_ALL", " ", "LANG", "C.utf8")).map(CtypeLocale::name)).contains("C.utf8");
        assertThat(CtypeLocale.of(Map.of())).isEmpty();
    }

    @Test
    void theCodesetIsTheCharsetAfterTheDot() {
        assertThat(new CtypeLocale("en_US.UTF-8").codeset()).contains(StandardCharsets.UTF_8);
        assertThat(new CtypeLocale("C.utf8").codeset()).contains(StandardCharsets.UTF_8);
        assertThat(new CtypeLocale("UTF-8").codeset()).contains(StandardCharsets.UTF_8);
        assertThat(new CtypeLocale("de_DE.ISO-8859-1@euro").codeset()).contains(StandardCharsets.ISO_8859_1);
        assertThat(new CtypeLocale("C").codeset()).isEqualTo(Optional.empty());
        assertThat(new CtypeLocale("xx_XX.NO-SUCH-CHARSET").codeset()).isEmpty();
    }
}
