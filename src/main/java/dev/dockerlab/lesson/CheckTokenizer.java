package dev.dockerlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a check line into bare words and double-quoted strings. A word that
 * starts with {@code #} opens a comment running to the end of the line, so
 * authors can annotate checks; inside quotes {@code #} is plain text. A word
 * {@code ::} ends the assertion: the rest of the line is its label, the plain
 * words a checklist shows instead of the grammar.
 */
final class CheckTokenizer {

    private final String line;
    private final List<CheckToken> tokens = new ArrayList<>();
    private int position;
    private Optional<String> label = Optional.empty();

    private CheckTokenizer(String line) {
        this.line = line;
    }

    static List<CheckToken> tokenize(String line) throws CheckSyntaxException {
        return new CheckTokenizer(line).run();
    }

    /** The plain words after {@code ::}, if the line has them. */
    static Optional<String> label(String line) throws CheckSyntaxException {
        CheckTokenizer tokenizer = new CheckTokenizer(line);
        tokenizer.run();
        return tokenizer.label;
    }

    private List<CheckToken> run() throws CheckSyntaxException {
        while (position < line.length()) {
            char c = line.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '#') {
                break;
            } else if (startsLabel()) {
                label = Optional.of(readLabel());
                break;
            } else if (c == '"') {
                tokens.add(quoted());
            } else {
                tokens.add(bare());
            }
        }
        return List.copyOf(tokens);
    }

    private boolean startsLabel() {
        return line.startsWith("::", position)
                && (position + 2 == line.length() || Character.isWhitespace(line.charAt(position + 2)));
    }

    private String readLabel() throws CheckSyntaxException {
        String words = line.substring(position + 2).strip();
        if (words.isEmpty()) {
            throw new CheckSyntaxException("nothing after '::' at column " + (position + 1)
                    + "; write the plain words of the check after it, or leave '::' out");
        }
        if (tokens.isEmpty()) {
            throw new CheckSyntaxException("'::' at column " + (position + 1)
                    + " starts the line; write the assertion first, then ':: plain words'");
        }
        return words;
    }

    private CheckToken bare() {
        int start = position;
        while (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
            position++;
        }
        return new CheckToken(line.substring(start, position), false, start, position);
    }

    private CheckToken quoted() throws CheckSyntaxException {
        int start = position++;
        StringBuilder text = new StringBuilder();
        while (position < line.length()) {
            char c = line.charAt(position++);
            if (c == '"') {
                requireSpaceAfterQuote();
                return new CheckToken(text.toString(), true, start, position);
            }
            text.append(c == '\\' ? escape() : c);
        }
        throw new CheckSyntaxException("unclosed quote: the string starting at column " + (start + 1)
                + " has no closing \"");
    }

    private char escape() throws CheckSyntaxException {
        if (position == line.length()) {
            throw new CheckSyntaxException("unclosed quote: the line ends in a backslash");
        }
        char escaped = line.charAt(position++);
        return switch (escaped) {
            case '"' -> '"';
            case '\\' -> '\\';
            case 'n' -> '\n';
            default -> throw new CheckSyntaxException("unknown escape '\\" + escaped + "' at column " + (position - 1)
                    + "; inside quotes use \\\", \\\\ or \\n");
        };
    }

    private void requireSpaceAfterQuote() throws CheckSyntaxException {
        if (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
            throw new CheckSyntaxException("expected a space after the closing quote at column " + position);
        }
    }
}
