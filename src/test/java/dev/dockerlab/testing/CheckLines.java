package dev.dockerlab.testing;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Verdict;

/** Check lines as a lesson would hold them, and judged lines made of them, for tests of what shows a checklist. */
public final class CheckLines {

    private CheckLines() {
    }

    /** The line as read from line {@code number} of a lesson. */
    public static CheckLine line(int number, String source) {
        try {
            return new CheckLine(number, source, CheckParser.parse(source), CheckParser.label(source));
        } catch (CheckSyntaxException wrong) {
            throw new AssertionError("the test's own check line does not parse: " + source + ": " + wrong.getMessage());
        }
    }

    public static Judged passed(String source) {
        return Judged.of(line(1, source), Verdict.of(true, "seen"));
    }

    public static Judged failed(String source, String observed) {
        return Judged.of(line(1, source), Verdict.of(false, observed));
    }

    public static Judged unknown(String source, String observed) {
        return Judged.of(line(1, source), Verdict.unknown(observed));
    }

    public static Judged unjudged(String source) {
        return Judged.unjudged(line(1, source));
    }
}
