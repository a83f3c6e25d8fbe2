package dev.dockerlab.present;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Cuts a script into the commands a person would type one at a time: a line
 * each, except that a command the shell does not see as complete yet (an
 * if ... fi, a here-document, an open quote, a trailing backslash) takes the
 * following lines with it. The shell itself judges, with {@code -n}: it reads
 * the text without running it.
 */
final class ShellCommands {

    private static final String SHELL = dev.dockerlab.shell.Shell.INTERPRETER;

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

    static boolean complete(String command) {
        if (endsWithEscapedNewline(command)) {
            return false;
        }
        try {
            Process check = new ProcessBuilder(SHELL, "-n", "-c", command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true).start();
            String complaint = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (!check.waitFor(5, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return true;
            }
            return !(complaint.contains("end of file") || complaint.contains("end-of-file") || complaint.contains("unexpected eof"));
        } catch (IOException cannotAsk) {
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static boolean endsWithEscapedNewline(String command) {
        int backslashes = 0;
        for (int i = command.length() - 1; i >= 0 && command.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
