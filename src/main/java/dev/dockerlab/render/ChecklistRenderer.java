package dev.dockerlab.render;

import dev.dockerlab.model.Judged;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.List;

/**
 * A checklist: a box per check line, and under a check that does not hold,
 * what was observed instead. It shows the items it is given, in their order;
 * it never looks a verdict up by a line's text.
 */
final class ChecklistRenderer {

    private static final String INDENT = "  ";

    /** One line of the checklist as shown. */
    record Item(String text, CheckStatus status) {

        static Item of(Judged line) {
            return new Item(line.check().shown(), CheckStatus.of(line));
        }
    }

    private final Styles styles;

    ChecklistRenderer(Styles styles) {
        this.styles = styles;
    }

    void checklist(LineWriter out, List<Item> items) {
        items.forEach(item -> item(out, item));
    }

    private void item(LineWriter out, Item item) {
        CheckStatus status = item.status();
        String box = box(status.state());
        AttributedString hangingIndent = new AttributedString(" ".repeat(INDENT.length() + box.length() + 1));
        out.pushMargin(new AttributedStringBuilder().append(INDENT).append(box, styles.checkBox(status.state()))
                .append(" ").toAttributedString(), hangingIndent);
        out.lines(WordWrap.lines(new AttributedString(item.text()), out.width()));
        if (showsObserved(status)) {
            out.lines(WordWrap.lines(new AttributedString(status.observed(), styles.observed()), out.width()));
        }
        out.popMargin();
    }

    private static String box(CheckStatus.State state) {
        return switch (state) {
            case PASSED -> "[x]";
            case UNKNOWN -> "[?]";
            case UNCHECKED, FAILED -> "[ ]";
        };
    }

    private static boolean showsObserved(CheckStatus status) {
        return (status.state() == CheckStatus.State.FAILED || status.state() == CheckStatus.State.UNKNOWN)
                && !status.observed().isEmpty();
    }
}
