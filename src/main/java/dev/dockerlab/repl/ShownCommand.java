package dev.dockerlab.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands as the learner sees them echoed before they run: ${IMAGE}, $LAB
 * and the other lesson variables expanded, as the shell will expand them
 * (not inside single quotes), and a script's lines marked as a terminal
 * shows them: {@code $ } where a command starts, {@code > } where one goes on
 * (after a trailing backslash, in a here-document, inside if/for/while).
 */
final class ShownCommand {

    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*['\"]?(\\w+)['\"]?");
    private static final Pattern OPENS = Pattern.compile("(^|[;&|]\\s*)(if|for|while|until|case)\\b");
    private static final Pattern CLOSES = Pattern.compile("(^|[;&|]\\s*)(fi|done|esac)\\b");

    private ShownCommand() {
    }

    /** {@code line} with the variables expanded where the shell would expand them. */
    static String expand(String line, Map<String, String> variables) {
        StringBuilder shown = new StringBuilder();
        boolean quoted = false;
        boolean doubleQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !doubleQuoted) {
                quoted = !quoted;
            } else if (c == '"' && !quoted) {
                doubleQuoted = !doubleQuoted;
            }
            String name = quoted || c != '$' ? null : variableAt(line, i + 1, variables);
            if (name == null) {
                shown.append(c);
                continue;
            }
            boolean braced = line.charAt(i + 1) == '{';
            shown.append(variables.get(name));
            i += name.length() + (braced ? 2 : 0);
        }
        return shown.toString();
    }

    private static String variableAt(String line, int start, Map<String, String> variables) {
        boolean braced = start < line.length() && line.charAt(start) == '{';
        for (String name : variables.keySet()) {
            int from = braced ? start + 1 : start;
            if (!line.startsWith(name, from)) {
                continue;
            }
            int end = from + name.length();
            boolean whole = braced ? end < line.length() && line.charAt(end) == '}'
                    : end == line.length() || !(Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_');
            if (whole) {
                return name;
            }
        }
        return null;
    }

    /** A script's non-blank lines, expanded, each marked {@code $ } or {@code > } as above. */
    static List<String> script(String body, Map<String, String> variables) {
        List<String> shown = new ArrayList<>();
        String heredocEnd = null;
        int depth = 0;
        boolean continues = false;
        for (String line : body.lines().toList()) {
            if (line.isBlank() && heredocEnd == null) {
                continue;
            }
            boolean goesOn = continues || heredocEnd != null || depth > 0;
            shown.add((goesOn ? "> " : "$ ") + expand(line, variables));
            if (heredocEnd != null) {
                heredocEnd = line.strip().equals(heredocEnd) ? null : heredocEnd;
                continue;
            }
            Matcher heredoc = HEREDOC.matcher(line);
            heredocEnd = heredoc.find() ? heredoc.group(1) : null;
            depth = Math.max(0, depth + count(OPENS, line.strip()) - count(CLOSES, line.strip()));
            continues = line.endsWith("\\");
        }
        return shown;
    }

    private static int count(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
