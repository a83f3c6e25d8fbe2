package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordWrapTest {

    @Test
    void breaksAtTheLastSpaceThatFits() {
        assertThat(wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void keepsTheSpacesBetweenWordsOnOneLineAndDropsThemAtABreak() {
        assertThat(wrap("a  b    c", 6)).containsExactly("a  b", "c");
    }

    @Test
    void cutsAWordWiderThanTheLine() {
        assertThat(wrap("see https://example.org/a/long/path", 10))
                .containsExactly("see", "https://ex", "ample.org/", "a/long/pat", "h");
    }

    @Test
    void endsALineAtEveryHardBreak() {
        assertThat(wrap("one\ntwo three\n\nfour", 20)).containsExactly("one", "two three", "", "four");
    }

    @Test
    void measuresColumnsNotCharacters() {
        assertThat(wrap("日本語 テキスト", 8)).containsExactly("日本語", "テキスト");
    }

    @Test
    void keepsTheStylesOfWrappedWords() {
        AttributedString text = new AttributedStringBuilder()
                .append("plain ").append("bold words", AttributedStyle.BOLD).toAttributedString();

        List<AttributedString> lines = WordWrap.lines(text, 10);

        assertThat(MarkdownRendererTest.text(lines)).containsExactly("plain bold", "words");
        assertThat(lines.get(0).styleAt(0)).isEqualTo(AttributedStyle.DEFAULT);
        assertThat(lines.get(0).styleAt(6)).isEqualTo(AttributedStyle.BOLD);
        assertThat(lines.get(1).styleAt(0)).isEqualTo(AttributedStyle.BOLD);
    }

    @Test
    void makesNoLinesOfNoText() {
        assertThat(wrap("", 10)).isEmpty();
    }

    @Test
    void keepsALineOfCodeThatFitsAsWritten() {
        assertThat(code("    a   b  c", 12)).containsExactly("    a   b  c");
    }

    @Test
    void breaksAWideLineOfCodeAtSpacesWithTheRestIndentedUnderIt() {
        String command = "docker exec shop-web sh -c 'echo \"Shop front page v2.0\" > /srv/www/index.html'";

        List<String> lines = code("  " + command, 60);

        assertThat(lines).containsExactly("  docker exec shop-web sh -c 'echo \"Shop front page v2.0\"",
                "    > /srv/www/index.html'");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    }

    @Test
    void cutsAWordOfCodeOnlyWhenItIsWiderThanTheLine() {
        assertThat(code("cat /a/very/long/path/to/a/file.txt", 30))
                .containsExactly("cat", "  /a/very/long/path/to/a/file.", "  txt");
    }

    private static List<String> code(String line, int width) {
        return MarkdownRendererTest.text(WordWrap.code(new AttributedString(line), width));
    }

    private static List<String> wrap(String text, int width) {
        return MarkdownRendererTest.text(WordWrap.lines(new AttributedString(text), width));
    }
}
