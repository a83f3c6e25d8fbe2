package dev.dockerlab.render;

import dev.dockerlab.lesson.CheckParser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.function.Function;

/**
 * A check block as a checklist: a box per assertion line, and under a check
 * that does not hold, what was observed instead.
 */
final class ChecklistRenderer {

    private static final String INDENT = "  ";

    private final Styles styles;

    ChecklistRenderer(Styles styles) {
        this.styles = styles;
    }

    /** {@code statusOf} gets each assertion line stripped; null counts as not checked yet. */
    void checklist(LineWriter out, String literal, Function<String, CheckStatus> statusOf) {
        literal.lines().filter(CheckParser::isAssertionLine).map(String::strip).forEach(line -> {
            CheckStatus status = statusOf.apply(line);
            item(out, line, status == null ? CheckStatus.UNCHECKED : status);
        });
    }

    private void item(LineWriter out, String line, CheckStatus status) {
        String box = box(status.state());
        AttributedString hangingIndent = new AttributedString(" ".repeat(INDENT.length() + box.length() + 1));
        out.pushMargin(new AttributedStringBuilder().append(INDENT).append(box, styles.checkBox(status.state()))
                .append(" ").toAttributedString(), hangingIndent);
        out.lines(WordWrap.lines(new AttributedString(line), out.width()));
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
