package dev.dockerlab.cli;

import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.testing.CheckLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The last line of 'dockerlab check': what was judged, and what only the REPL can judge. */
class CheckSummaryTest {

    private static final Judged PASS = CheckLines.passed("volume data exists");
    private static final Judged FAIL = CheckLines.failed("volume data exists", "seen");
    /** A typed check: the CLI cannot see what the learner typed in the REPL. */
    private static final Judged TYPED = CheckLines.unjudged("typed \"docker volume create\"");

    @Test
    void withoutTypedChecksAllPassingMeansTheExerciseIsDone() {
        assertThat(Check.summary(1, judgement(PASS, PASS, PASS))).isEqualTo("All 3 checks pass: exercise 1 is done.");
        assertThat(Check.summary(1, judgement(PASS, FAIL, PASS))).isEqualTo("2 of 3 checks pass.");
    }

    @Test
    void typedChecksAreNamedAsNotJudgedAndTheExerciseIsNotCalledDone() {
        assertThat(Check.summary(2, judgement(PASS, TYPED, PASS, PASS, TYPED)))
                .isEqualTo("All 3 state checks pass; 2 typed checks are judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, judgement(FAIL, TYPED, PASS)))
                .isEqualTo("1 of 2 state checks pass; 1 typed check is judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, judgement(TYPED, PASS)))
                .isEqualTo("The 1 state check passes; 1 typed check is judged only in the dockerlab REPL.");
        assertThat(Check.summary(2, judgement(TYPED, TYPED)))
                .isEqualTo("No check here looks at Docker; 2 typed checks are judged only in the dockerlab REPL.");
    }

    private static Judgement judgement(Judged... lines) {
        return new Judgement(List.of(lines));
    }
}
