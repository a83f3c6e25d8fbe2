package dev.dockerlab.present;

import dev.dockerlab.shell.Completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a script into the commands a person would type one at a time: a line
 * each, except that a command the shell does not see as complete yet (an
 * if ... fi, a here-document, an open quote, a trailing backslash) takes the
 * following lines with it. The shell itself judges, as at the REPL's prompt
 * ({@link Completeness}).
 */
final class ShellCommands {

    private static final Completeness COMPLETENESS = Completeness.ofLearnerShell();
    private static final Pattern HOUSEKEEPING = Pattern.compile(
            "(?s)[^\\n]*(?:>\\s*/dev/null\\s+2>&1|&>\\s*/dev/null|>\\s*/dev/null\\s+2>\\s*/dev/null)\\s*\\|\\|\\s*(?:true|:)\\s*");

    private ShellCommands() {
    }

    /** The commands of a script, in order; blank lines between commands are left out. */
    static List<String> of(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : script.strip().split("\n", -1)) {
            if (pending.length() == 0 && line.isBlank()) {
                continue;
            }
            pending.append(pending.length() > 0 ? "\n" : "").append(line.stripTrailing());
            if (complete(pending.toString())) {
                commands.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            commands.add(pending.toString());
        }
        return commands;
    }

    /**
     * A line that shows the audience nothing and cannot fail: all its output
     * goes to /dev/null and a failure is ignored ({@code docker rm -f web
     * >/dev/null 2>&1 || true}). It tidies the stage before the real commands;
     * a demo runs it without typing it.
     */
    static boolean isHousekeeping(String command) {
        return HOUSEKEEPING.matcher(command).matches();
    }

    private static boolean complete(String command) {
        return COMPLETENESS.isComplete(command);
    }
}
