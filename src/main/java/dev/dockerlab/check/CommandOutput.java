package dev.dockerlab.check;

import dev.dockerlab.model.Quoting;
import dev.dockerlab.shell.ShellResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command check's command printed, said so the reason survives: the
 * last line of stderr first (where a refusal says why), then the last lines
 * of the rest, escaped as a check line quotes them, and cut in the middle
 * when long, never at the end, where the reason usually is.
 */
final class CommandOutput {

    static final int MAX_CHARS = 200;
    private static final int LAST_LINES = 6;

    private CommandOutput() {
    }

    /** "printed nothing", or "said "...""/"printed "..."", ready to follow "succeeded and " or "failed (status 1) and ". */
    static String said(ShellResult result) {
        List<String> errors = meaningful(result.stderr());
        List<String> rest = new ArrayList<>(meaningful(result.output()));
        if (errors.isEmpty() && rest.isEmpty()) {
            return "printed nothing";
        }
        if (errors.isEmpty()) {
            return "printed " + quoted(lastOf(rest), MAX_CHARS);
        }
        String reason = errors.get(errors.size() - 1);
        rest.remove(rest.lastIndexOf(reason));
        String said = "said " + quoted(List.of(reason), MAX_CHARS / 2 + 20);
        return rest.isEmpty() ? said : said + " after printing " + quoted(lastOf(rest), MAX_CHARS - said.length());
    }

    private static List<String> meaningful(String text) {
        return text.lines().map(String::stripTrailing).filter(line -> !line.isBlank()).toList();
    }

    private static List<String> lastOf(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size());
    }

    /** The lines quoted, with "..." in place of the middle when longer than {@code max}. */
    static String quoted(List<String> lines, int max) {
        String quoted = Quoting.quote(String.join("\n", lines));
        String inner = quoted.substring(1, quoted.length() - 1);
        int room = Math.max(max, 40);
        if (inner.length() <= room) {
            return quoted;
        }
        int head = (room - 3) / 3;
        int tail = room - 3 - head;
        return "\"" + inner.substring(0, head) + "..." + inner.substring(inner.length() - tail) + "\"";
    }
}
