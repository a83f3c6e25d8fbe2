package dev.dockerlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockerlab.check.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

/** The last line of 'dockerlab check': what was judged, and what only the REPL can judge. */
class CheckSummaryTest {

    private static final Verdict PASS = Verdict.of(true, "seen");
    private static final Verdict FAIL = Verdict.of(false, "seen");
    /** A typed check: the CLI cannot see what the learner typed in the REPL. */
    private static final Verdict TYPED = null;

    @Test
    void withoutTypedChecksAllPassingMeansTheExerciseIsDone() {
        assertThat(Check.summary(1, List.of(PASS, PASS, PASS))).isEqualTo("All 3 checks pass: exercise 1 is done.");
        assertThat(Check.summary(1, List.of(PASS, FAIL, PASS))).isEqualTo("2 of 3 checks pass.");
    }

    @Test
    void typedChecksAreNamedAsNotJudgedAndTheExerciseIsNotCalledDone() {
        assertThat(Check.summary(2, verdicts(PASS, TYPED, PASS, PASS, TYPED)))
                .isEqualTo("All 3 state checks pass; 2 typed checks are judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, verdicts(FAIL, TYPED, PASS)))
                .isEqualTo("1 of 2 state checks pass; 1 typed check is judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, verdicts(TYPED, PASS)))
                .isEqualTo("The 1 state check passes; 1 typed check is judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, verdicts(TYPED, TYPED)))
                .isEqualTo("No check here looks at Docker; 2 typed checks are judged only in the dockerlab REPL.");
    }

    private static List<Verdict> verdicts(Verdict... verdicts) {
        return Arrays.asList(verdicts);
    }
}
