package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.lesson.Hint;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule /hint and verify's hint= proof share, on a state written down. */
class HintChoiceTest {

    @TempDir
    Path lab;

    private final FakeDockerState state = new FakeDockerState()
            .withContainer("{\"Id\": \"c0ffee\", \"Name\": \"/web\", \"State\": {\"Status\": \"running\", \"Running\": true}}");

    private Evaluation evaluation() {
        return new Evaluation(state, new Shell(new Variables(lab.toString(), "dockerlab/lab:1", "test")), List.of());
    }

    private static Hint when(String assertion, String text) throws CheckSyntaxException {
        return new Hint(text, CheckParser.parse(assertion), 1);
    }

    @Test
    void aHintWhoseConditionHoldsComesFirstAndCountsNoPlainHint() throws CheckSyntaxException {
        AtomicInteger plainAsked = new AtomicInteger();
        List<Hint> hints = List.of(new Hint("plain", null, 1), when("container web is stopped", "stopped"),
                when("container web is running", "running"));

        HintChoice.Chosen chosen = HintChoice.choose(hints, plainAsked::getAndIncrement, this::evaluation).orElseThrow();

        assertThat(chosen.hint().text()).isEqualTo("running");
        assertThat(chosen.lastPlain()).isFalse();
        assertThat(plainAsked).hasValue(0);
    }

    @Test
    void otherwiseTheNextPlainHintAndTheLastOneAgain() throws CheckSyntaxException {
        List<Hint> hints = List.of(new Hint("first", null, 1), when("container web is stopped", "stopped"),
                new Hint("second", null, 3));

        assertThat(HintChoice.choose(hints, () -> 0, this::evaluation).orElseThrow())
                .isEqualTo(new HintChoice.Chosen(hints.get(0), false));
        assertThat(HintChoice.choose(hints, () -> 1, this::evaluation).orElseThrow())
                .isEqualTo(new HintChoice.Chosen(hints.get(2), true));
        assertThat(HintChoice.choose(hints, () -> 5, this::evaluation).orElseThrow())
                .isEqualTo(new HintChoice.Chosen(hints.get(2), true));
    }

    @Test
    void plainHintsNeedNoEvaluationAndNoHintsGiveNone() {
        List<Hint> plain = List.of(new Hint("only", null, 1));

        assertThat(HintChoice.choose(plain, () -> 0, () -> {
            throw new AssertionError("no daemon is needed for plain hints");
        })).isPresent();
        assertThat(HintChoice.choose(List.of(), () -> 0, this::evaluation)).isEmpty();
    }
}
