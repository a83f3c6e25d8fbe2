package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.Verdict;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Check lines with the verdict each must get on the state a test made. Names
 * in a line are written as placeholders ({@code WEB}) and replaced with the
 * test's own names, so the lines read like a lesson's.
 */
final class Checklist {

    private final Map<String, String> names;
    private final List<String[]> expectations = new ArrayList<>();

    Checklist(Map<String, String> names) {
        this.names = names;
    }

    Checklist passes(String line) {
        expectations.add(new String[] {line, "pass"});
        return this;
    }

    Checklist fails(String line) {
        expectations.add(new String[] {line, "fail"});
        return this;
    }

    /** Also checks that every failing line says what it observed, and no verdict is UNKNOWN. */
    void verify(Evaluation evaluation) {
        SoftAssertions softly = new SoftAssertions();
        for (String[] expectation : expectations) {
            String line = substitute(expectation[0]);
            Verdict verdict = evaluation.evaluate(parse(line));
            boolean shouldPass = expectation[1].equals("pass");
            softly.assertThat(verdict.status())
                    .as("%s\n  observed: %s", line, verdict.observed())
                    .isEqualTo(shouldPass ? Verdict.Status.PASSED : Verdict.Status.FAILED);
            softly.assertThat(verdict.observed()).as("observation of %s", line).isNotBlank();
        }
        softly.assertAll();
    }

    Verdict evaluate(Evaluation evaluation, String line) {
        return evaluation.evaluate(parse(substitute(line)));
    }

    private String substitute(String line) {
        String result = line;
        for (Map.Entry<String, String> name : names.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    private static Assertion parse(String line) {
        try {
            return CheckParser.parse(line);
        } catch (CheckSyntaxException wrong) {
            throw new AssertionError("the test's own check line does not parse: " + line + ": " + wrong.getMessage());
        }
    }
}
