package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The themes' colours: none a light projector washes out, none at all in high contrast, and colour off wins. */
class ThemeTest {

    private static final String STEP = """
            Run `docker ps`:

            ```sh
            docker ps
            ```

            ```check
            container web is running
            ```
            """;

    /** AttributedStyle's layout: a flag that an indexed foreground is set, and the index from bit 15 on. */
    private static final long FOREGROUND_SET = 0x100;
    private static final int FOREGROUND_SHIFT = 15;
    private static final long FOREGROUND_INDEX = 0xFFFFFF;

    @Test
    void theDarkThemeKeepsTheColoursLearnersKnow() {
        List<AttributedString> lines = render(Theme.DARK, true);

        assertThat(foreground(lines, "docker ps", 1)).contains(AttributedStyle.CYAN);
        assertThat(foreground(lines, "docker ps", 2)).contains(AttributedStyle.YELLOW);
    }

    @Test
    void theLightThemeUsesNoYellowOrCyan() {
        List<AttributedString> lines = render(Theme.LIGHT, true);

        assertThat(foreground(lines, "docker ps", 1)).contains(AttributedStyle.MAGENTA);
        assertThat(foreground(lines, "docker ps", 2)).contains(AttributedStyle.BLUE);
        assertThat(allForegrounds(lines)).doesNotContain(AttributedStyle.YELLOW, AttributedStyle.CYAN);
        assertThat(List.of(Theme.LIGHT.frame(), Theme.LIGHT.label(), Theme.LIGHT.accent()))
                .extracting(ThemeTest::foreground).doesNotContain(Optional.of(AttributedStyle.YELLOW), Optional.of(AttributedStyle.CYAN));
    }

    @Test
    void highContrastHasNoColourAndNoFaintText() {
        List<AttributedString> lines = render(Theme.HIGH_CONTRAST, true);

        assertThat(allForegrounds(lines)).isEmpty();
        assertThat(lines.get(2).styleAt(lines.get(2).toString().indexOf("docker ps")).getStyle() & 0x1).as("bold").isEqualTo(1);
        for (AttributedStyle style : List.of(Theme.HIGH_CONTRAST.frame(), Theme.HIGH_CONTRAST.label(), Theme.HIGH_CONTRAST.faint(),
                Theme.HIGH_CONTRAST.ok(), Theme.HIGH_CONTRAST.problem(), Theme.HIGH_CONTRAST.accent())) {
            assertThat(foreground(style)).isEmpty();
            assertThat(style.getStyle() & 0x2).as("faint").isZero();
        }
    }

    @Test
    void colourOffWinsOverAnyTheme() {
        for (Theme theme : Theme.values()) {
            assertThat(render(theme, false)).allSatisfy(line -> {
                for (int i = 0; i < line.length(); i++) {
                    assertThat(line.styleAt(i)).isEqualTo(AttributedStyle.DEFAULT);
                }
            });
        }
    }

    @Test
    void themesAreNamedAsTheCommandLineTakesThem() {
        assertThat(Theme.named("high-contrast")).contains(Theme.HIGH_CONTRAST);
        assertThat(Theme.named("Light")).contains(Theme.LIGHT);
        assertThat(Theme.named("sepia")).isEmpty();
        assertThat(Theme.DARK.optionName()).isEqualTo("dark");
    }

    private static List<AttributedString> render(Theme theme, boolean color) {
        return new MarkdownRenderer(new RenderOptions(80, color, theme, false)).render(STEP).lines();
    }

    /** The colour of the {@code occurrence}th line holding {@code text}, at the text. */
    private static Optional<Integer> foreground(List<AttributedString> lines, String text, int occurrence) {
        AttributedString line = lines.stream().filter(each -> each.toString().contains(text)).skip(occurrence - 1L)
                .findFirst().orElseThrow();
        return foreground(line.styleAt(line.toString().indexOf(text)));
    }

    private static List<Integer> allForegrounds(List<AttributedString> lines) {
        return lines.stream().flatMap(line -> java.util.stream.IntStream.range(0, line.length())
                .mapToObj(i -> foreground(line.styleAt(i)))).flatMap(Optional::stream).distinct().toList();
    }

    private static Optional<Integer> foreground(AttributedStyle style) {
        return (style.getStyle() & FOREGROUND_SET) != 0
                ? Optional.of((int) ((style.getStyle() >>> FOREGROUND_SHIFT) & FOREGROUND_INDEX))
                : Optional.empty();
    }
}
