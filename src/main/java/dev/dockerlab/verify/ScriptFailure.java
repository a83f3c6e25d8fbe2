package dev.dockerlab.verify;

import dev.dockerlab.lesson.Script;
import dev.dockerlab.shell.ShellResult;

import java.nio.file.Path;
import java.util.List;

/**
 * How a lesson's script failed, for a report: how it ended, the command it
 * stopped at by its FILE:LINE in the lesson when bash named it, then its last
 * lines of output.
 */
final class ScriptFailure {

    private ScriptFailure() {
    }

    /** "exited with status 1 at lessons/04-x.md:57, on: cp a b", then "  its last lines:" and those lines. */
    static String ending(ShellResult ran, Path lessonFile, Script script) {
        String where = ran.stoppedAt().map(command -> " at " + lessonFile + ":" + (script.line() + command.line())
                + ", on: " + command.command()).orElse("");
        return ran.ending() + where + lastLines(ran);
    }

    /** How a script whose place in the lesson is not known ended, then its last lines. */
    static String ending(ShellResult ran) {
        return ran.ending() + lastLines(ran);
    }

    private static String lastLines(ShellResult ran) {
        List<String> last = ran.lastLines(5);
        StringBuilder text = new StringBuilder();
        if (!last.isEmpty()) {
            text.append("\n    its last lines:");
            last.forEach(line -> text.append("\n      ").append(line));
        }
        return text.toString();
    }
}
