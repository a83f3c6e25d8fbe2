package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines of at most a given number of columns, at
 * spaces. The spaces between two words on one line are kept as written (inline
 * code may align with them); a word wider than a whole line is cut. A
 * {@code '\n'} (a hard line break) always ends a line.
 */
public final class WordWrap {

    private static final int CONTINUATION_INDENT = 2;
    private static final int MIN_CONTINUATION_WIDTH = 20;

    private final int width;
    private final List<AttributedString> lines = new ArrayList<>();
    private AttributedStringBuilder current = new AttributedStringBuilder();

    private WordWrap(int width) {
        this.width = Math.max(1, width);
    }

    public static List<AttributedString> lines(AttributedString text, int width) {
        WordWrap wrap = new WordWrap(width);
        if (text.length() == 0) {
            return wrap.lines;
        }
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            if (end == text.length() || text.charAt(end) == '\n') {
                wrap.hardLine(text.subSequence(start, end));
                start = end + 1;
            }
        }
        return wrap.lines;
    }

    /**
     * A line of code: as written when it fits, so commands can be copied and
     * diagrams keep their shape; else broken at spaces rather than cut by the
     * terminal mid-word, its continuation lines indented two columns past the
     * line's own indent.
     */
    public static List<AttributedString> code(AttributedString line, int width) {
        if (line.columnLength() <= width) {
            return List.of(line);
        }
        int leading = indexWhere(line, 0, false);
        int continuation = Math.min(leading + CONTINUATION_INDENT, Math.max(0, width - MIN_CONTINUATION_WIDTH));
        List<AttributedString> wrapped = new ArrayList<>();
        for (AttributedString part : lines(line.subSequence(leading, line.length()), width - continuation)) {
            int indent = wrapped.isEmpty() ? Math.min(leading, continuation) : continuation;
            wrapped.add(new AttributedStringBuilder().append(" ".repeat(indent)).append(part).toAttributedString());
        }
        return wrapped;
    }

    private void hardLine(AttributedString line) {
        int position = 0;
        while (true) {
            int wordStart = indexWhere(line, position, false);
            if (wordStart == line.length()) {
                break;
            }
            int wordEnd = indexWhere(line, wordStart, true);
            AttributedString gap = line.subSequence(position, wordStart);
            AttributedString word = line.subSequence(wordStart, wordEnd);
            if (current.length() == 0) {
                startWith(word);
            } else if (current.columnLength() + gap.columnLength() + word.columnLength() <= width) {
                current.append(gap).append(word);
            } else {
                endLine();
                startWith(word);
            }
            position = wordEnd;
        }
        // without words this is an empty line the author asked for with two hard breaks
        endLine();
    }

    /** The first index from {@code from} on whose character is a space, or is not; the line's length if none is. */
    private static int indexWhere(AttributedString line, int from, boolean space) {
        int index = from;
        while (index < line.length() && (line.charAt(index) == ' ') != space) {
            index++;
        }
        return index;
    }

    private void startWith(AttributedString word) {
        AttributedString rest = word;
        while (rest.columnLength() > width) {
            AttributedString piece = rest.columnSubSequence(0, width);
            if (piece.length() == 0) {
                // a character wider than the whole line still has to go somewhere
                piece = rest.subSequence(0, 1);
            }
            lines.add(piece);
            rest = rest.subSequence(piece.length(), rest.length());
        }
        current.append(rest);
    }

    private void endLine() {
        lines.add(current.toAttributedString());
        current = new AttributedStringBuilder();
    }
}
