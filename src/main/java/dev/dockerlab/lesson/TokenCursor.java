package dev.dockerlab.lesson;

import java.util.List;

/**
 * Reads the tokens of one check line from left to right. Every failure names
 * what was expected and the phrase it should follow, in the author's words.
 */
final class TokenCursor {

    private final String line;
    private final List<CheckToken> tokens;
    private int next;
    private int phraseStart;

    TokenCursor(String line, List<CheckToken> tokens) {
        this.line = line;
        this.tokens = tokens;
    }

    boolean atEnd() {
        return next == tokens.size();
    }

    /** How many of {@code words} the next tokens spell, from the first. */
    int matchingPrefix(List<String> words) {
        int matched = 0;
        while (matched < words.size() && next + matched < tokens.size()
                && tokens.get(next + matched).isWord(words.get(matched))) {
            matched++;
        }
        return matched;
    }

    /** Consumes {@code count} tokens as one phrase, the one later messages say they follow. */
    void skip(int count) {
        phraseStart = next;
        next += count;
    }

    boolean accept(String word) {
        if (!atEnd() && tokens.get(next).isWord(word)) {
            skip(1);
            return true;
        }
        return false;
    }

    void expect(String word) throws CheckSyntaxException {
        if (!accept(word)) {
            throw expected("'" + word + "'");
        }
    }

    /** A name or path: a bare word, or a quoted string when it holds spaces. */
    String word(String what) throws CheckSyntaxException {
        if (atEnd()) {
            throw expected(what);
        }
        skip(1);
        return tokens.get(next - 1).text();
    }

    String quoted() throws CheckSyntaxException {
        if (atEnd()) {
            throw expected("a quoted string");
        }
        if (!tokens.get(next).quoted()) {
            throw new CheckSyntaxException(expectedMessage("a quoted string") + "; put the text in double quotes");
        }
        skip(1);
        return tokens.get(next - 1).text();
    }

    int number(String what, int min, int max) throws CheckSyntaxException {
        if (!atEnd() && !tokens.get(next).quoted() && tokens.get(next).text().matches("\\d{1,9}")) {
            int value = Integer.parseInt(tokens.get(next).text());
            if (value >= min && value <= max) {
                skip(1);
                return value;
            }
        }
        throw expected(what + " (" + min + " to " + max + ")");
    }

    String oneOf(String... words) throws CheckSyntaxException {
        for (String word : words) {
            if (accept(word)) {
                return word;
            }
        }
        throw expected(String.join(", ", List.of(words).subList(0, words.length - 1))
                + " or " + words[words.length - 1]);
    }

    void end() throws CheckSyntaxException {
        if (!atEnd()) {
            throw new CheckSyntaxException("unexpected words after '" + consumed() + "': " + rest());
        }
    }

    /** The next {@code count} words as written, for naming an unknown verb. */
    String upcoming(int count) {
        int last = Math.min(next + count, tokens.size()) - 1;
        return line.substring(tokens.get(next).start(), tokens.get(last).end());
    }

    /** The line as written up to the last token read. */
    String consumed() {
        return next == 0 ? "" : line.substring(0, tokens.get(next - 1).end()).strip();
    }

    private CheckSyntaxException expected(String what) {
        return new CheckSyntaxException(expectedMessage(what));
    }

    private String expectedMessage(String what) {
        String message = "expected " + what + (next == 0 ? "" : " after '" + lastPhrase() + "'");
        return atEnd() ? message : message + ", found '" + tokens.get(next).display() + "'";
    }

    private String lastPhrase() {
        return line.substring(tokens.get(phraseStart).start(), tokens.get(next - 1).end());
    }

    private String rest() {
        return line.substring(tokens.get(next).start(), tokens.get(tokens.size() - 1).end());
    }
}
