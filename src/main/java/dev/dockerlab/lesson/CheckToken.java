package dev.dockerlab.lesson;

import dev.dockerlab.model.Quoting;

/**
 * One word of a check line: a bare word or a double-quoted string (unescaped),
 * with its start and end offsets in the line as written.
 */
record CheckToken(String text, boolean quoted, int start, int end) {

    boolean isWord(String word) {
        return !quoted && text.equals(word);
    }

    CheckToken withText(String newText) {
        return new CheckToken(newText, quoted, start, end);
    }

    /** The token as it would be written in a check line. */
    String display() {
        return quoted ? Quoting.quote(text) : text;
    }
}
