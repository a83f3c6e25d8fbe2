package dev.dockerlab.render;

import org.jline.utils.AttributedStyle;

import java.util.function.UnaryOperator;

/**
 * The look of each part of lesson text. Inline styles are changes to the
 * style around them, so that code inside a bold heading stays bold. Without
 * colour every change leaves the style as it is: plain text keeps the layout
 * and carries no escape codes.
 */
final class Styles {

    private static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;

    private final boolean color;

    Styles(boolean color) {
        this.color = color;
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
        return styled(around, style -> style.foreground(AttributedStyle.CYAN));
    }

    AttributedStyle linkText(AttributedStyle around) {
        return styled(around, AttributedStyle::underline);
    }

    AttributedStyle linkUrl(AttributedStyle around) {
        return styled(around, style -> style.underlineOff().faint());
    }

    AttributedStyle codeBlock() {
        return styled(PLAIN, style -> style.foreground(AttributedStyle.YELLOW));
    }

    AttributedStyle exampleLabel() {
        return styled(PLAIN, style -> style.bold().foreground(AttributedStyle.GREEN));
    }

    /** Rules under headings, thematic breaks, the quote bar, table lines. */
    AttributedStyle frame() {
        return styled(PLAIN, AttributedStyle::faint);
    }

    AttributedStyle tableHeader() {
        return styled(PLAIN, AttributedStyle::bold);
    }

    AttributedStyle checkBox(CheckStatus.State state) {
        return switch (state) {
            case UNCHECKED -> PLAIN;
            case PASSED -> styled(PLAIN, style -> style.bold().foreground(AttributedStyle.GREEN));
            case FAILED -> styled(PLAIN, style -> style.bold().foreground(AttributedStyle.RED));
            case UNKNOWN -> styled(PLAIN, style -> style.bold().foreground(AttributedStyle.YELLOW));
        };
    }

    AttributedStyle observed() {
        return styled(PLAIN, AttributedStyle::faint);
    }

    private AttributedStyle styled(AttributedStyle around, UnaryOperator<AttributedStyle> change) {
        return color ? change.apply(around) : around;
    }
}
