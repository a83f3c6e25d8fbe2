package dev.dockerlab.render;

import dev.dockerlab.model.Judgement;
import dev.dockerlab.testing.CheckLines;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyledOutputTest {

    private static final String ESC = "\u001b";

    private static final String MARKDOWN = """
            # Volumes

            ## Named volumes

            Some *emphasis*, some **strong** and some `code`.

            ```sh
            docker volume ls
            ```

            ```check
            volume data exists
            volume data is unused
            ```
            """;

    @Test
    void stylesHeadingsInlineMarksAndCodeWhenColourIsOn() {
        List<AttributedString> lines = render(true);

        assertThat(line(lines, "Volumes").styleAt(0)).isEqualTo(AttributedStyle.BOLD.underline());
        assertThat(line(lines, "Named volumes").styleAt(0)).isEqualTo(AttributedStyle.BOLD);
        AttributedString paragraph = line(lines, "Some emphasis");
        assertThat(styleOf(paragraph, "emphasis")).isEqualTo(AttributedStyle.DEFAULT.italic());
        assertThat(styleOf(paragraph, "strong")).isEqualTo(AttributedStyle.BOLD);
        assertThat(styleOf(paragraph, "code")).isNotEqualTo(AttributedStyle.DEFAULT);
        assertThat(styleOf(paragraph, "Some")).isEqualTo(AttributedStyle.DEFAULT);
        AttributedString example = line(lines, "  [1]");
        assertThat(styleOf(example, "docker")).isNotEqualTo(AttributedStyle.DEFAULT);
        assertThat(lines).anyMatch(line -> line.toAnsi().contains(ESC));
    }

    @Test
    void writesNoStylesAtAllWhenColourIsOff() {
        for (AttributedString line : render(false)) {
            assertThat(line.toAnsi()).doesNotContain(ESC).isEqualTo(line.toString());
            for (int i = 0; i < line.length(); i++) {
                assertThat(line.styleAt(i)).isEqualTo(AttributedStyle.DEFAULT);
            }
        }
    }

    @Test
    void laysOutTheSameTextWithAndWithoutColour() {
        assertThat(MarkdownRendererTest.text(render(true))).isEqualTo(MarkdownRendererTest.text(render(false)));
    }

    private static List<AttributedString> render(boolean color) {
        return new MarkdownRenderer(new RenderOptions(60, color))
                .render(MARKDOWN, new Judgement(List.of(CheckLines.passed("volume data exists"),
                        CheckLines.failed("volume data is unused", "volume data is used by web")))).lines();
    }

    private static AttributedString line(List<AttributedString> lines, String start) {
        return lines.stream().filter(line -> line.toString().startsWith(start)).findFirst().orElseThrow();
    }

    private static AttributedStyle styleOf(AttributedString line, String word) {
        return line.styleAt(line.toString().indexOf(word));
    }
}
