package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces ${LAB}, ${IMAGE} and ${LESSON} in lesson text and finds the ${...}
 * that name none of them nor ${TOKEN}, the value a run makes (see Variables).
 */
final class Substitution {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    static final String TOKEN = "${TOKEN}";
    private static final List<String> KNOWN = List.of("LAB", "IMAGE", "LESSON", "TOKEN");
    /** Characters a shell word may hold unquoted and mean only themselves. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private Substitution() {
    }

    static String apply(Variables variables, String text) {
        String result = text;
        for (Map.Entry<String, String> variable : variables.asMap().entrySet()) {
            result = result.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return result;
    }

    /**
     * Replaces the variables in the shell command line of a {@code command}
     * check so that each value stays one word and its text stays text: a value
     * is quoted for where it stands (bare, in double quotes, in single quotes,
     * in {@code $'...'}), so a ${LAB} with a space or a {@code $(...)} in it
     * neither splits nor runs. A value of plain path characters is left as is.
     */
    static String applyToShell(Variables variables, String command) {
        StringBuilder out = new StringBuilder();
        Deque<Context> contexts = new ArrayDeque<>();
        contexts.push(Context.BARE);
        int i = 0;
        while (i < command.length()) {
            Context context = contexts.peek();
            Optional<Map.Entry<String, String>> variable = variableAt(variables, command, i);
            if (variable.isPresent()) {
                out.append(quoted(variable.get().getValue(), contexts));
                i += variable.get().getKey().length() + 3;
                continue;
            }
            char c = command.charAt(i);
            out.append(c);
            i++;
            if (c == '\\' && context != Context.SINGLE && i < command.length()) {
                out.append(command.charAt(i));
                i++;
                continue;
            }
            switch (context) {
                case SINGLE, ANSI_C -> {
                    if (c == '\'') {
                        contexts.pop();
                    }
                }
                case DOUBLE -> {
                    if (c == '"') {
                        contexts.pop();
                    } else if (c == '`') {
                        contexts.push(Context.BACKTICK);
                    } else if (c == '$' && i < command.length() && command.charAt(i) == '(') {
                        // "$(" starts a command of its own, whose words are quoted from scratch
                        out.append('(');
                        i++;
                        contexts.push(Context.SUBSHELL);
                    }
                }
                case BARE, SUBSHELL, BACKTICK -> {
                    if (c == '\'') {
                        contexts.push(Context.SINGLE);
                    } else if (c == '"') {
                        contexts.push(Context.DOUBLE);
                    } else if (c == '$' && i < command.length() && command.charAt(i) == '\'') {
                        out.append('\'');
                        i++;
                        contexts.push(Context.ANSI_C);
                    } else if (c == '(') {
                        contexts.push(Context.SUBSHELL);
                    } else if (c == ')' && context == Context.SUBSHELL) {
                        contexts.pop();
                    } else if (c == '`' && context == Context.BACKTICK) {
                        contexts.pop();
                    } else if (c == '`') {
                        contexts.push(Context.BACKTICK);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Where a character of a shell line stands: the quoting its value must get. */
    private enum Context { BARE, SUBSHELL, BACKTICK, DOUBLE, SINGLE, ANSI_C }

    private static Optional<Map.Entry<String, String>> variableAt(Variables variables, String command, int at) {
        return variables.asMap().entrySet().stream()
                .filter(variable -> command.startsWith("${" + variable.getKey() + "}", at))
                .findFirst();
    }

    /** The value quoted for the innermost context, then escaped once for each `...` around it. */
    private static String quoted(String value, Deque<Context> contexts) {
        String quoted = quoted(value, contexts.peek());
        for (Context context : contexts) {
            if (context == Context.BACKTICK) {
                quoted = quoted.replace("\\", "\\\\").replace("`", "\\`");
            }
        }
        return quoted;
    }

    private static String quoted(String value, Context context) {
        return switch (context) {
            case BARE, SUBSHELL, BACKTICK -> PLAIN.matcher(value).matches() ? value
                    : "'" + value.replace("'", "'\\''") + "'";
            case DOUBLE -> value.replaceAll("([\\\\$`\"])", "\\\\$1");
            case SINGLE -> value.replace("'", "'\\''");
            case ANSI_C -> value.replace("\\", "\\\\").replace("'", "\\'");
        };
    }

    /** The names inside ${...} in {@code text} that are not LAB, IMAGE, LESSON or TOKEN, each once. */
    static Set<String> unknownNames(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    static String unknownMessage(String name) {
        return "unknown variable ${" + name + "}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}";
    }
}
