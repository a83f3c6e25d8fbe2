package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order an evaluation asks in, and what {@code not} does to a verdict, on a state written down. */
class EvaluationTest {

    @TempDir
    Path lab;

    private final FakeDockerState state = new FakeDockerState()
            .withContainer("{\"Id\": \"c0ffee\", \"Name\": \"/web\", \"State\": {\"Status\": \"running\", \"Running\": true}}");

    private Evaluation evaluation(List<String> typed) {
        return new Evaluation(state, new Shell(new Variables(lab.toString(), "dockerlab/lab:1", "test")), typed);
    }

    private static List<Assertion> parse(String... lines) {
        List<Assertion> assertions = new ArrayList<>();
        for (String line : lines) {
            try {
                assertions.add(CheckParser.parse(line));
            } catch (CheckSyntaxException wrong) {
                throw new AssertionError(wrong);
            }
        }
        return assertions;
    }

    /** Each question the state is asked goes on a line of the lab's order file, where the check commands write too. */
    private Path noteQuestionsIn(String name) {
        Path order = lab.resolve(name);
        state.onQuestion(question -> {
            try {
                Files.writeString(order, question + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return order;
    }

    @Test
    void notTurnsAPassIntoAFailAndKeepsTheObservation() {
        try (Evaluation evaluation = evaluation(List.of())) {
            Verdict present = evaluation.evaluate(parse("container web exists").get(0));
            Verdict negated = evaluation.evaluate(parse("not container web exists").get(0));

            assertThat(present.passed()).isTrue();
            assertThat(negated).isEqualTo(Verdict.of(false, present.observed()));
            assertThat(evaluation.evaluate(parse("not container fresh exists").get(0)))
                    .isEqualTo(Verdict.of(true, "there is no container named fresh"));
        }
    }

    @Test
    void notOfACheckThatCouldNotLookIsNoPass() {
        state.onQuestion(question -> {
            if (question.equals("container web")) {
                throw new IllegalStateException("the daemon refused");
            }
        });
        try (Evaluation evaluation = evaluation(List.of())) {
            Verdict verdict = evaluation.evaluate(parse("not container web is running").get(0));

            assertThat(verdict).isEqualTo(Verdict.unknown("could not be checked: the daemon refused"));
        }
    }

    @Test
    void commandChecksRunBeforeAnyCheckThatReadsState() throws IOException {
        Path order = noteQuestionsIn("order");
        List<Assertion> checklist = parse("container web exists", "command \"echo first >> order\" succeeds",
                "container web is running", "command \"echo second >> order\" succeeds");

        try (Evaluation evaluation = evaluation(List.of())) {
            List<Verdict> verdicts = evaluation.evaluateAll(checklist);

            assertThat(verdicts).allMatch(Verdict::passed);
            assertThat(verdicts.get(0).observed()).startsWith("container web is running");
            assertThat(verdicts.get(1).observed()).startsWith("\"echo first >> order\" succeeded");
        }
        assertThat(Files.readAllLines(order)).startsWith("first", "second").contains("container web");
    }

    @Test
    void allHoldStopsAtTheFirstCheckThatDoesNotHoldAfterRunningTheCommands() throws IOException {
        Path order = noteQuestionsIn("order");
        List<Assertion> checklist = parse("container fresh exists", "container web exists",
                "command \"echo command >> order\" succeeds");

        try (Evaluation evaluation = evaluation(List.of())) {
            assertThat(evaluation.allHold(checklist)).isFalse();
        }
        assertThat(Files.readAllLines(order)).startsWith("command", "container fresh").doesNotContain("container web");
    }

    @Test
    void pageFetchesAndLogReadsAreJudgedBeforeTheOtherStateChecksInAllHold() {
        List<Assertion> checklist = parse("container web exists", "container web logs contain \"never said\"");

        try (Evaluation evaluation = evaluation(List.of())) {
            assertThat(evaluation.allHold(checklist)).isFalse();
        }
        assertThat(state.asked()).containsExactly("container web", "logs c0ffee");
    }

    @Test
    void typedChecksLookAtTheLinesOfTheExercise() {
        try (Evaluation evaluation = evaluation(List.of("docker volume ls", "docker volume create site"))) {
            assertThat(evaluation.evaluate(parse("typed \"volume create\"").get(0)))
                    .isEqualTo(Verdict.of(true, "you typed: docker volume create site"));
            assertThat(evaluation.evaluate(parse("typed \"volume rm\"").get(0)))
                    .isEqualTo(Verdict.of(false, "none of your 2 commands in this exercise contains \"volume rm\""));
        }
    }

    @Test
    void closingTheEvaluationClosesTheState() {
        evaluation(List.of()).close();

        assertThat(state.closed()).isTrue();
    }
}
