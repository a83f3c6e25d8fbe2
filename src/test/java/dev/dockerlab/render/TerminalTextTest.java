package dev.dockerlab.render;

import dev.dockerlab.testing.TerminalOfType;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Styled lesson text as the bytes a terminal gets. Under tmux and screen
 * (terminal type "screen") JLine's toAnsi(terminal) turned "─" into SO "q" SI
 * and "│" into "x": rules printed as "qqqq". Box characters are sent as
 * themselves where the locale is UTF-8 and as ASCII elsewhere, never through
 * the terminal's alternate character set.
 */
class TerminalTextTest {

    private static final String SO = "\u000e";
    private static final String SI = "\u000f";

    private static final String STEP = """
            ## Named volumes

            | command | what it does |
            |---|---|
            | `docker volume ls` | list volumes |

            > a quote

            ---
            """;

    @Test
    void aScreenTerminalGetsBoxCharactersNotItsAlternateCharacterSet() {
        String shown = shownOn("screen", Glyphs.UNICODE);

        assertThat(shown).doesNotContain(SO, SI, "qqq", "\u001b(0", "\u001b)0").contains("\u001b[1m");
        assertThat(withoutColours(shown))
                .contains("─────────────", "command          │ what it does", "─────────────────┼─────────────", "│ a quote");
    }

    @Test
    void everyTerminalTypeGetsTheSameCharacters() {
        for (String type : List.of("screen", "screen-256color", "tmux-256color", "xterm-256color", "linux", "vt100", "ansi")) {
            assertThat(shownOn(type, Glyphs.UNICODE)).as(type).doesNotContain(SO, SI, "qqq").contains("────");
        }
    }

    @Test
    void withoutAUtf8LocaleRulesAndBarsAreAscii() {
        String shown = shownOn("screen", Glyphs.ASCII);

        assertThat(shown).doesNotContain(SO, SI, "qqq").matches("\\p{ASCII}*");
        assertThat(withoutColours(shown))
                .contains("-------------", "command          | what it does", "-----------------+-------------", "| a quote");
    }

    @Test
    void plainTextHasNoEscapesAndFollowsTheLocaleToo() {
        List<AttributedString> lines = new MarkdownRenderer(new RenderOptions(60, false)).render(STEP).lines();

        String ascii = String.join("\n", lines.stream().map(TerminalText.plain(Glyphs.ASCII)::of).toList());
        String unicode = String.join("\n", lines.stream().map(TerminalText.plain(Glyphs.UNICODE)::of).toList());

        assertThat(ascii).doesNotContain("\u001b").matches("\\p{ASCII}*").contains("-----------------+-------------");
        assertThat(unicode).doesNotContain("\u001b").contains("─────────────────┼─────────────");
    }

    @Test
    void asciiStandInsKeepEveryLineItsWidth() {
        String drawn = "┏━━┓ ┃ ║ ═ ─┼─ │ └┘ · • ◦ ▶ ✔ —";

        String ascii = Glyphs.ASCII.shown(drawn);

        assertThat(ascii).isEqualTo("+==+ | | = -+- | ++ - * - > * -").hasSameSizeAs(drawn);
        assertThat(Glyphs.UNICODE.shown(drawn)).isEqualTo(drawn);
    }

    @Test
    void theLocaleDecidesAsForCPrograms() {
        assertThat(Glyphs.of(Map.of("LANG", "en_US.UTF-8"), null)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.of(Map.of("LANG", "de_DE.utf8"), null)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.of(Map.of("LC_CTYPE", "UTF-8"), null)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.of(Map.of("LANG", "C"), null)).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.of(Map.of("LANG", "en_US.ISO-8859-1"), null)).isEqualTo(Glyphs.ASCII);
        // LC_ALL before LC_CTYPE before LANG; an empty one does not count
        assertThat(Glyphs.of(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"), null)).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.of(Map.of("LC_CTYPE", "C.UTF-8", "LANG", "C"), null)).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.of(Map.of("LC_ALL", "", "LANG", "C.UTF-8"), null)).isEqualTo(Glyphs.UNICODE);
    }

    @Test
    void withNoLocaleTheTerminalsEncodingDecidesAndPlainOutputIsAscii() throws Exception {
        assertThat(Glyphs.of(Map.of(), null)).isEqualTo(Glyphs.ASCII);
        try (TerminalOfType utf8 = new TerminalOfType("xterm-256color", StandardCharsets.UTF_8);
             TerminalOfType latin1 = new TerminalOfType("xterm-256color", StandardCharsets.ISO_8859_1)) {
            assertThat(Glyphs.of(Map.of(), utf8.terminal())).isEqualTo(Glyphs.UNICODE);
            assertThat(Glyphs.of(Map.of(), latin1.terminal())).isEqualTo(Glyphs.ASCII);
            assertThat(Glyphs.of(Map.of("LANG", "C"), utf8.terminal())).isEqualTo(Glyphs.ASCII);
        }
    }

    @Test
    void aDumbTerminalIsNeverStyled() throws Exception {
        try (TerminalOfType dumb = new TerminalOfType("dumb")) {
            assertThat(TerminalText.on(dumb.terminal(), true, Glyphs.UNICODE).color()).isFalse();
        }
        try (TerminalOfType screen = new TerminalOfType("screen")) {
            assertThat(TerminalText.on(screen.terminal(), true, Glyphs.UNICODE).color()).isTrue();
            assertThat(TerminalText.on(screen.terminal(), false, Glyphs.UNICODE).color()).isFalse();
        }
    }

    private static String withoutColours(String shown) {
        return shown.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private static String shownOn(String type, Glyphs glyphs) {
        try (TerminalOfType screen = new TerminalOfType(type)) {
            TerminalText text = TerminalText.on(screen.terminal(), true, glyphs);
            new MarkdownRenderer(new RenderOptions(60, true)).render(STEP).lines()
                    .forEach(line -> screen.terminal().writer().println(text.of(line)));
            return screen.shown();
        } catch (java.io.IOException cannotClose) {
            throw new java.io.UncheckedIOException(cannotClose);
        }
    }
}
