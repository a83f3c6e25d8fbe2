package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the output lines, each behind the margins of the blocks it is in
 * (a list item's marker, then its hanging indent; a block quote's bar), and
 * puts one blank line between blocks, written only when another line follows.
 */
final class LineWriter {

    private final int totalWidth;
    private final List<AttributedString> lines = new ArrayList<>();
    private final List<Margin> margins = new ArrayList<>();
    private boolean blankLinePending;
    /** How many margins the pending blank line is inside: those around both the block before it and the next. */
    private int blankLineDepth;

    LineWriter(int totalWidth) {
        this.totalWidth = totalWidth;
    }

    /** A margin for the lines of a block: {@code first} before its first line, {@code rest} before the others. */
    void pushMargin(AttributedString first, AttributedString rest) {
        margins.add(new Margin(first, rest));
    }

    void popMargin() {
        margins.remove(margins.size() - 1);
        blankLineDepth = Math.min(blankLineDepth, margins.size());
    }

    /**
     * The columns left for text inside the margins, measured by their
     * continuation margins (a first line's margin is never wider); never less
     * than one, so that wrapping always moves on.
     */
    int width() {
        int used = margins.stream().mapToInt(margin -> margin.rest.columnLength()).sum();
        return Math.max(1, totalWidth - used);
    }

    void line(AttributedString content) {
        if (blankLinePending && !lines.isEmpty()) {
            lines.add(stripTrailingSpaces(blankLineMargin()));
        }
        blankLinePending = false;
        AttributedStringBuilder line = new AttributedStringBuilder().append(nextMargin()).append(content);
        lines.add(stripTrailingSpaces(line.toAttributedString()));
    }

    void lines(List<AttributedString> contents) {
        contents.forEach(this::line);
    }

    /** Ends a block: the next block, if any, starts after a blank line. */
    void endBlock() {
        blankLinePending = true;
        blankLineDepth = margins.size();
    }

    List<AttributedString> lines() {
        return List.copyOf(lines);
    }

    private AttributedString nextMargin() {
        AttributedStringBuilder margin = new AttributedStringBuilder();
        for (Margin each : margins) {
            margin.append(each.used ? each.rest : each.first);
            each.used = true;
        }
        return margin.toAttributedString();
    }

    /**
     * The blank line between a paragraph and a block quote after it stands
     * outside the quote's bar; a list marker belongs on its item's first line
     * of text, not on the blank line before it.
     */
    private AttributedString blankLineMargin() {
        AttributedStringBuilder margin = new AttributedStringBuilder();
        margins.subList(0, Math.min(blankLineDepth, margins.size())).forEach(each -> margin.append(each.rest));
        return margin.toAttributedString();
    }

    private static AttributedString stripTrailingSpaces(AttributedString line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.subSequence(0, end);
    }

    private static final class Margin {
        private final AttributedString first;
        private final AttributedString rest;
        private boolean used;

        Margin(AttributedString first, AttributedString rest) {
            this.first = first;
            this.rest = rest;
        }
    }
}
