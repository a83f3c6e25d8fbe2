package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code alternative} or {@code mistake} block: its info string is the
 * kind, an optional title, and optionally, at the end, attributes in braces as
 * Pandoc writes them: {@code mistake a new volume {hint="the volume" fails="mounts volume"}}.
 * Without a title the block is named by its first command, as written.
 */
final class AttemptReader {

    private static final Set<String> MISTAKE_KEYS = Set.of("hint", "fails");

    private AttemptReader() {
    }

    static Optional<Attempt> read(CodeFence fence, Variables variables, Problems problems) {
        Attempt.Kind kind = fence.role() == FenceRole.MISTAKE ? Attempt.Kind.MISTAKE : Attempt.Kind.ALTERNATIVE;
        String argument = fence.argument();
        int brace = attributesStart(argument);
        String title = (brace < 0 ? argument : argument.substring(0, brace)).strip();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (brace >= 0 && !readAttributes(argument.substring(brace), kind, fence.line(), attributes, problems)) {
            return Optional.empty();
        }
        Optional<String> firstCommand = firstCommand(fence.body());
        if (firstCommand.isEmpty()) {
            problems.add(fence.line(), "the " + kind.word() + " block has no command to run");
            return Optional.empty();
        }
        String named = title.isEmpty() ? firstCommand.get() : Substitution.apply(variables, title);
        return Optional.of(new Attempt(kind, named, new Script(fence.body(), fence.line()),
                Optional.ofNullable(attributes.get("fails")).map(text -> Substitution.apply(variables, text)),
                Optional.ofNullable(attributes.get("hint")).map(text -> Substitution.apply(variables, text))));
    }

    /** Where the attribute braces open: the first '{' that is not a variable's ${. */
    private static int attributesStart(String argument) {
        for (int i = 0; i < argument.length(); i++) {
            if (argument.charAt(i) == '{' && (i == 0 || argument.charAt(i - 1) != '$')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads {@code {key="value" ...}} into {@code attributes}; false, with the
     * problem reported, when it is not closed or holds a key this kind does not take.
     */
    private static boolean readAttributes(String text, Attempt.Kind kind, int line, Map<String, String> attributes,
                                          Problems problems) {
        int at = 1;
        while (true) {
            at = skipSpaces(text, at);
            if (at >= text.length()) {
                problems.add(line, "the attributes of the " + kind.word() + " block are never closed: end them with }");
                return false;
            }
            if (text.charAt(at) == '}') {
                if (!text.substring(at + 1).isBlank()) {
                    problems.add(line, "text after the attributes of the " + kind.word() + " block: '"
                            + text.substring(at + 1).strip() + "'; the braces {...} come last");
                    return false;
                }
                return true;
            }
            int keyStart = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
                at++;
            }
            String key = text.substring(keyStart, at);
            if (key.isEmpty() || at >= text.length() || text.charAt(at) != '=' || at + 1 >= text.length()
                    || text.charAt(at + 1) != '"') {
                problems.add(line, "attributes of the " + kind.word() + " block are written key=\"value\": "
                        + "expected one at column " + (keyStart + 1) + " of '" + text + "'");
                return false;
            }
            int close = text.indexOf('"', at + 2);
            if (close < 0) {
                problems.add(line, "unclosed quote: the value of '" + key + "' in the " + kind.word()
                        + " block has no closing \"");
                return false;
            }
            if (!knows(kind, key)) {
                problems.add(line, kind == Attempt.Kind.MISTAKE
                        ? "unknown attribute '" + key + "' of a mistake block; known are hint and fails"
                        : "unknown attribute '" + key + "': an alternative block takes no attributes");
                return false;
            }
            if (text.substring(at + 2, close).isBlank()) {
                problems.add(line, "the value of '" + key + "' in the " + kind.word()
                        + " block is empty, so any state would match it");
                return false;
            }
            if (attributes.put(key, text.substring(at + 2, close)) != null) {
                problems.add(line, "attribute '" + key + "' is given twice in the " + kind.word() + " block");
                return false;
            }
            at = close + 1;
        }
    }

    private static boolean knows(Attempt.Kind kind, String key) {
        return kind == Attempt.Kind.MISTAKE && MISTAKE_KEYS.contains(key);
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static Optional<String> firstCommand(String body) {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).findFirst();
    }
}
