package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.List;

/**
 * Code as written, two columns in: never reflowed, so commands can be copied
 * and ASCII diagrams keep their shape. On a projector a line wider than the
 * terminal is broken at spaces (see {@link WordWrap#code}) rather than cut
 * mid-word by the terminal. An example is labelled with its number, the code
 * lined up after the label.
 */
final class CodeBlockRenderer {

    private static final String INDENT = "  ";
    private static final int TAB_STOP = 8;

    private final Styles styles;
    private final boolean breakWide;

    CodeBlockRenderer(Styles styles, boolean breakWide) {
        this.styles = styles;
        this.breakWide = breakWide;
    }

    void code(LineWriter out, String literal) {
        AttributedString indent = new AttributedString(INDENT);
        out.pushMargin(indent, indent);
        out.lines(fitted(styled(literal), out.width()));
        out.popMargin();
    }

    void example(LineWriter out, String literal, int number) {
        String label = "[" + number + "]";
        out.pushMargin(new AttributedStringBuilder().append(INDENT).append(label, styles.exampleLabel())
                        .append(" ").toAttributedString(),
                new AttributedString(" ".repeat(INDENT.length() + label.length() + 1)));
        List<AttributedString> lines = fitted(styled(literal), out.width());
        out.lines(lines.isEmpty() ? List.of(AttributedString.EMPTY) : lines);
        out.popMargin();
    }

    private List<AttributedString> styled(String literal) {
        return literal.lines().map(line -> new AttributedString(expandTabs(line), styles.codeBlock())).toList();
    }

    private List<AttributedString> fitted(List<AttributedString> lines, int width) {
        if (!breakWide) {
            return lines;
        }
        return lines.stream().flatMap(line -> WordWrap.code(line, width).stream()).toList();
    }

    /** Tabs would jump to the terminal's own stops, which the margin shifts; spaces keep the author's columns. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder expanded = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                expanded.append(" ".repeat(TAB_STOP - expanded.length() % TAB_STOP));
            } else {
                expanded.append(c);
            }
        }
        return expanded.toString();
    }
}
