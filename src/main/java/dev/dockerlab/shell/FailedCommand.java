package dev.dockerlab.shell;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command a script stopped at under {@code bash -e}: its line in the
 * script's body, from 1, and its text as bash read it. bash says it from an
 * ERR trap put before the body, which fires exactly where {@code -e} stops
 * (not in an {@code if} test, nor left of {@code ||}); sh has no ERR trap, so
 * there a script's failure is told by its output alone.
 */
public record FailedCommand(int line, String command) {

    private static final String MARK = "dockerlab: script stopped at line ";
    private static final Pattern SAID = Pattern.compile(Pattern.quote(MARK) + "(\\d+): (.*)");

    /** The body with the trap on a line of its own before it; the trap counts that line off. */
    static String traced(String body) {
        return "trap 'echo \"" + MARK + "$((LINENO-1)): $BASH_COMMAND\" >&2' ERR\n" + body;
    }

    /** The result without the trap's lines in stderr, and the command it named when the script failed. */
    static ShellResult untraced(ShellResult ran) {
        List<String> lines = ran.stderr().lines().toList();
        Optional<FailedCommand> stopped = Optional.empty();
        StringBuilder stderr = new StringBuilder();
        for (String line : lines) {
            Matcher said = SAID.matcher(line);
            if (said.matches()) {
                stopped = Optional.of(new FailedCommand(Integer.parseInt(said.group(1)), said.group(2)));
            } else {
                stderr.append(line).append('\n');
            }
        }
        return new ShellResult(ran.status(), ran.stdout(), stderr.toString(), ran.timedOut(), ran.took(), ran.limit(),
                ran.succeeded() ? Optional.empty() : stopped);
    }
}
