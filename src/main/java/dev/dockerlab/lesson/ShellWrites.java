package dev.dockerlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what in a shell line of a {@code command} check or {@code hint when}
 * may change state, for lint's warning (docs/lesson-authoring.md, "Checks
 * that write"). A word-level scan, not a shell parser: it looks at the first
 * word of each command (after {@code |}, {@code ;}, {@code &&}, {@code ||},
 * {@code $(...)}, {@code sh -c '...'}, {@code docker exec CONTAINER},
 * {@code sudo}, {@code xargs}, {@code find -exec} and the like) and at output
 * redirections. It errs towards warning: an author silences a warning that is
 * wrong with a {@code # may write:} line.
 */
final class ShellWrites {

    /** Commands that write files whatever their options. */
    private static final Set<String> WRITERS = Set.of("touch", "rm", "rmdir", "mkdir", "mv", "cp", "tee", "dd", "ln",
            "chmod", "chown", "chgrp", "truncate", "install", "mkfifo", "mknod", "shred", "unlink", "rsync", "patch",
            "mktemp", "zip", "unzip", "gzip", "gunzip", "bzip2", "xz", "split");
    /** Docker verbs that make, change or remove objects or files, in any command group. */
    private static final Set<String> DOCKER_WRITES = Set.of("run", "create", "rm", "remove", "rmi", "start", "stop",
            "restart", "kill", "pause", "unpause", "cp", "commit", "tag", "build", "pull", "push", "load", "import",
            "rename", "update", "prune", "connect", "disconnect", "up", "down", "install", "enable", "disable",
            "upgrade", "use", "login", "logout");
    private static final Set<String> DOCKER_GROUPS = Set.of("container", "volume", "image", "network", "system",
            "builder", "buildx", "compose", "plugin", "context", "trust", "manifest", "swarm", "node", "service",
            "stack", "secret", "config");
    private static final Set<String> DOCKER_OPTIONS_WITH_VALUE = Set.of("-H", "--host", "-c", "--context", "--config",
            "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey", "-e", "--env", "--env-file", "-u", "--user",
            "-w", "--workdir", "--detach-keys", "-f", "--file", "-p", "--project-name");
    /** Words after which the next word is still a command. */
    private static final Set<String> KEEP_COMMAND_POSITION = Set.of("!", "if", "then", "else", "elif", "do",
            "while", "until", "time");
    /** Commands that run the command named after their options. */
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nice", "nohup", "command", "exec", "xargs",
            "timeout", "stdbuf", "ionice", "watch");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Set<String> HARMLESS_TARGETS = Set.of("/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty");
    /** {@code -c}, alone or among other one-letter options ({@code -ec}). */
    private static final Pattern SCRIPT_OPTION = Pattern.compile("-[a-zA-Z]*c[a-zA-Z]*");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    private static final Pattern WRAPPER_ARGUMENT = Pattern.compile("-.*|\\d+[smhd]?|[A-Za-z_][A-Za-z0-9_]*=.*",
            Pattern.DOTALL);

    /** A word of the line, or a separator after which a new command starts. */
    private record Token(String text, boolean separator) {
    }

    private final List<String> found = new ArrayList<>();

    private ShellWrites() {
    }

    /** What writes in {@code shell}, as the learner would recognise it ("touch", "docker run", "> out.txt"). */
    static Optional<String> first(String shell) {
        ShellWrites scan = new ShellWrites();
        scan.scan(shell);
        return scan.found.stream().findFirst();
    }

    private void scan(String shell) {
        List<Token> tokens = lex(shell);
        boolean command = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.separator()) {
                command = true;
                continue;
            }
            if (!command) {
                continue;
            }
            String word = token.text();
            command = KEEP_COMMAND_POSITION.contains(word) || ASSIGNMENT.matcher(word).matches();
            if (command) {
                continue;
            }
            List<String> rest = wordsOfThisCommand(tokens, i + 1);
            if (WRAPPERS.contains(word)) {
                i = skip(tokens, i + 1, WRAPPER_ARGUMENT) - 1;
                command = true;
            } else if (word.equals("docker") || word.equals("podman")) {
                int next = docker(word, tokens, i + 1);
                if (next >= 0) {
                    i = next - 1;
                    command = true;
                }
            } else if (SHELLS.contains(word)) {
                int option = indexOf(rest, SCRIPT_OPTION);
                if (option >= 0 && option + 1 < rest.size()) {
                    scan(rest.get(option + 1));
                }
            } else if (word.equals("find")) {
                if (rest.contains("-delete")) {
                    found.add("find -delete");
                }
                int exec = Math.max(rest.indexOf("-exec"), rest.indexOf("-execdir"));
                if (exec >= 0) {
                    scan(String.join(" ", rest.subList(exec + 1, rest.size())).replace(";", ""));
                }
            } else {
                writes(word, rest).ifPresent(found::add);
            }
        }
    }

    /** A plain command that writes, with the option that makes it write when one does. */
    private static Optional<String> writes(String word, List<String> rest) {
        String name = word.substring(word.lastIndexOf('/') + 1);
        if (WRITERS.contains(name)) {
            return Optional.of(name);
        }
        List<String> options = rest.stream().filter(argument -> argument.startsWith("-")).toList();
        boolean inPlace = options.stream().anyMatch(option -> option.startsWith("--in-place")
                || option.matches("-[a-zA-Z]*i.*") && !option.startsWith("--"));
        return switch (name) {
            case "sed", "perl" -> inPlace ? Optional.of(name + " -i") : Optional.empty();
            case "tar" -> tarWrites(rest) ? Optional.of("tar") : Optional.empty();
            case "curl" -> options.stream().anyMatch(option -> option.matches("-[a-zA-Z]*[oO]|--output.*|--remote-name.*"))
                    ? Optional.of("curl -o") : Optional.empty();
            case "wget" -> wgetToStdout(rest) ? Optional.empty() : Optional.of("wget");
            default -> Optional.empty();
        };
    }

    /** tar -c, -x, -r, -u or --create, --extract...; also the old bundled form {@code tar xf}. */
    private static boolean tarWrites(List<String> rest) {
        if (rest.isEmpty()) {
            return false;
        }
        String bundled = rest.get(0).startsWith("-") ? "" : rest.get(0);
        return bundled.matches("[a-zA-Z]*[cxru][a-zA-Z]*") || rest.stream().anyMatch(option ->
                option.matches("-[a-zA-Z]*[cxru][a-zA-Z]*|--(create|extract|get|append|update|delete)"));
    }

    private static boolean wgetToStdout(List<String> rest) {
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (option.equals("--spider") || option.matches("-[a-zA-Z]*O-|--output-document=-")) {
                return true;
            }
            if (option.matches("-[a-zA-Z]*O|--output-document") && i + 1 < rest.size()
                    && (rest.get(i + 1).equals("-") || HARMLESS_TARGETS.contains(rest.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a docker command from its first argument. Returns where the command
     * that {@code docker exec} runs starts, or -1 when no command follows.
     */
    private int docker(String program, List<Token> tokens, int from) {
        int at = skipOptions(tokens, from);
        String verb = wordAt(tokens, at);
        String group = "";
        if (DOCKER_GROUPS.contains(verb)) {
            group = verb + " ";
            at = skipOptions(tokens, at + 1);
            verb = wordAt(tokens, at);
        }
        List<String> rest = wordsOfThisCommand(tokens, at + 1);
        if (DOCKER_WRITES.contains(verb)
                || (verb.equals("save") || verb.equals("export")) && rest.stream().anyMatch(word -> word.matches("-o|--output(=.*)?"))) {
            found.add(program + " " + group + verb);
            return -1;
        }
        if (verb.equals("exec")) {
            int container = skipOptions(tokens, at + 1);
            return wordAt(tokens, container).isEmpty() ? -1 : container + 1;
        }
        return -1;
    }

    /** The index of the first word after {@code from} that is not an option (nor an option's value). */
    private static int skipOptions(List<Token> tokens, int from) {
        int at = from;
        while (at < tokens.size() && !tokens.get(at).separator() && tokens.get(at).text().startsWith("-")) {
            boolean takesValue = DOCKER_OPTIONS_WITH_VALUE.contains(tokens.get(at).text());
            at += takesValue ? 2 : 1;
        }
        return at;
    }

    private static int skip(List<Token> tokens, int from, Pattern skipped) {
        int at = from;
        while (at < tokens.size() && !tokens.get(at).separator() && skipped.matcher(tokens.get(at).text()).matches()) {
            at++;
        }
        return at;
    }

    private static int indexOf(List<String> words, Pattern wanted) {
        for (int i = 0; i < words.size(); i++) {
            if (wanted.matcher(words.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String wordAt(List<Token> tokens, int at) {
        return at < tokens.size() && !tokens.get(at).separator() ? tokens.get(at).text() : "";
    }

    private static List<String> wordsOfThisCommand(List<Token> tokens, int from) {
        List<String> words = new ArrayList<>();
        for (int at = from; at < tokens.size() && !tokens.get(at).separator(); at++) {
            words.add(tokens.get(at).text());
        }
        return words;
    }

    /**
     * Splits a line into words (quotes removed) and separators. A command
     * substitution inside double quotes is scanned on its own; an output
     * redirection is judged here, and its target is no word of the command.
     */
    private List<Token> lex(String shell) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < shell.length()) {
            char c = shell.charAt(i);
            if (c == '\\' && i + 1 < shell.length()) {
                word.append(shell.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = shell.indexOf('\'', i + 1);
                end = end < 0 ? shell.length() : end;
                word.append(shell, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(shell, i + 1, word);
                inWord = true;
            } else if (c == '>' || c == '&' && i + 1 < shell.length() && shell.charAt(i + 1) == '>') {
                if (inWord && word.toString().matches("\\d+")) {
                    word.setLength(0);
                    inWord = false;
                }
                inWord = endWord(tokens, word, inWord);
                i = redirection(shell, i);
            } else if (Character.isWhitespace(c) && c != '\n') {
                inWord = endWord(tokens, word, inWord);
                i++;
            } else if ("|;&()`\n".indexOf(c) >= 0 || c == '$' && i + 1 < shell.length() && shell.charAt(i + 1) == '(') {
                inWord = endWord(tokens, word, inWord);
                tokens.add(new Token(String.valueOf(c), true));
                i += c == '$' ? 2 : 1;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        endWord(tokens, word, inWord);
        return tokens;
    }

    private static boolean endWord(List<Token> tokens, StringBuilder word, boolean inWord) {
        if (inWord) {
            tokens.add(new Token(word.toString(), word.toString().equals("{")));
            word.setLength(0);
        }
        return false;
    }

    /** Appends a double-quoted string's text to {@code word}; returns the index after its closing quote. */
    private int doubleQuoted(String shell, int from, StringBuilder word) {
        int i = from;
        while (i < shell.length() && shell.charAt(i) != '"') {
            char c = shell.charAt(i);
            if (c == '\\' && i + 1 < shell.length()) {
                word.append(shell.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < shell.length() && shell.charAt(i + 1) == '(') {
                int end = closingParenthesis(shell, i + 2);
                scan(shell.substring(i + 2, end));
                word.append("$(...)");
                i = end + 1;
            } else {
                word.append(c);
                i++;
            }
        }
        return i + 1;
    }

    private static int closingParenthesis(String shell, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < shell.length(); i++) {
            char c = shell.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return shell.length();
    }

    /**
     * Reads {@code >}, {@code >>}, {@code >|}, {@code &>}, {@code >&} and the
     * target after it; a target other than /dev/null and its kin, or a file
     * descriptor, is a write. Returns the index after the target.
     */
    private int redirection(String shell, int from) {
        int i = from;
        StringBuilder operator = new StringBuilder();
        while (i < shell.length() && ">&|".indexOf(shell.charAt(i)) >= 0 && operator.length() < 3) {
            operator.append(shell.charAt(i++));
        }
        while (i < shell.length() && Character.isWhitespace(shell.charAt(i)) && shell.charAt(i) != '\n') {
            i++;
        }
        StringBuilder target = new StringBuilder();
        while (i < shell.length() && !Character.isWhitespace(shell.charAt(i)) && "|;&()<>`".indexOf(shell.charAt(i)) < 0) {
            char c = shell.charAt(i);
            if (c == '"' || c == '\'') {
                i++;
            } else {
                target.append(c);
                i++;
            }
        }
        String to = target.toString();
        boolean duplicate = operator.toString().endsWith("&") && to.matches("\\d*-?");
        if (!duplicate && !HARMLESS_TARGETS.contains(to)) {
            found.add(operator + " " + to);
        }
        return i;
    }
}
