package dev.dockerlab.lesson;

import java.util.ArrayList;
import java.util.List;

/** Cuts the text a learner sees out of a lesson's lines: a range of lines without the hidden parts. */
final class VisibleText {

    private VisibleText() {
    }

    /**
     * Lines {@code from} to {@code to} (from 1, both included) without the
     * {@code hidden} ranges, and without the blank lines a removed part would
     * leave doubled.
     */
    static String of(List<String> lines, int from, int to, List<LineRange> hidden) {
        List<String> kept = new ArrayList<>();
        int line = from;
        while (line <= to) {
            LineRange removed = startingAt(hidden, line);
            if (removed == null) {
                kept.add(lines.get(line - 1));
                line++;
                continue;
            }
            line = removed.last() + 1;
            if (kept.isEmpty() || kept.get(kept.size() - 1).isBlank()) {
                while (line <= to && lines.get(line - 1).isBlank()) {
                    line++;
                }
            }
        }
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        // Only blank lines go: a first line indented four spaces is a code block (a diagram) and keeps its indent.
        return String.join("\n", kept).stripTrailing();
    }

    private static LineRange startingAt(List<LineRange> ranges, int line) {
        return ranges.stream().filter(range -> range.first() == line).findFirst().orElse(null);
    }
}
