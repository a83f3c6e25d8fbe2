package dev.dockerlab.render;

import org.jline.utils.AttributedStyle;

import java.util.function.UnaryOperator;

/**
 * The look of each part of lesson text. Inline styles are changes to the
 * style around them, so that code inside a bold heading stays bold. Without
 * colour every change leaves the style as it is: plain text keeps the layout
 * and carries no escape codes. The colours are the {@link Theme}'s.
 */
final class Styles {

    private static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;

    private final boolean color;
    private final Theme theme;

    Styles(boolean color, Theme theme) {
        this.color = color;
        this.theme = theme;
    }

    AttributedStyle heading(int level) {
        return level == 1 ? styled(PLAIN, style -> style.bold().underline()) : styled(PLAIN, AttributedStyle::bold);
    }

    AttributedStyle emphasis(AttributedStyle around) {
        return styled(around, AttributedStyle::italic);
    }

    AttributedStyle strong(AttributedStyle around) {
        return styled(around, AttributedStyle::bold);
    }

    AttributedStyle code(AttributedStyle around) {
        return styled(around, theme::inlineCode);
    }

    AttributedStyle linkText(AttributedStyle around) {
        return styled(around, AttributedStyle::underline);
    }

    AttributedStyle linkUrl(AttributedStyle around) {
        return styled(around, style -> style.underlineOff().faint());
    }

    AttributedStyle codeBlock() {
        return styled(PLAIN, style -> theme.codeBlock());
    }

    AttributedStyle exampleLabel() {
        return styled(PLAIN, style -> theme.accent());
    }

    /** Rules under headings, thematic breaks, the quote bar, table lines. */
    AttributedStyle frame() {
        return styled(PLAIN, style -> theme.faint());
    }

    AttributedStyle tableHeader() {
        return styled(PLAIN, AttributedStyle::bold);
    }

    AttributedStyle checkBox(CheckStatus.State state) {
        return switch (state) {
            case UNCHECKED -> PLAIN;
            case PASSED -> styled(PLAIN, style -> theme.ok());
            case FAILED -> styled(PLAIN, style -> theme.problem());
            case UNKNOWN -> styled(PLAIN, style -> theme.unknown());
        };
    }

    AttributedStyle observed() {
        return styled(PLAIN, style -> theme.faint());
    }

    private AttributedStyle styled(AttributedStyle around, UnaryOperator<AttributedStyle> change) {
        return color ? change.apply(around) : around;
    }
}
