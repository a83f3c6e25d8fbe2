package dev.dockerlab.lesson;

/**
 * A fenced code block of a lesson. {@code info} is the info string as written
 * (commonmark unescapes backslashes in its own copy, which would change the
 * quotes of a {@code hint when} assertion); {@code body} is its content.
 */
record CodeFence(String info, String body, LineRange lines, boolean closed) {

    /** The line of the opening fence. */
    int line() {
        return lines.first();
    }

    String kind() {
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    /** The info string after its first word, e.g. {@code when ASSERTION} of a hint. */
    String argument() {
        return info.substring(kind().length()).strip();
    }

    FenceRole role() {
        return FenceRole.of(kind());
    }

    /** Whether {@code line} is one of the block's content lines, between its fences. */
    boolean holdsContent(int line) {
        return line > lines.first() && (closed ? line < lines.last() : line <= lines.last());
    }
}
