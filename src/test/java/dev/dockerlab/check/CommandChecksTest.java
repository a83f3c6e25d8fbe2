package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.lesson.LessonLoader;
import dev.dockerlab.lesson.LoadedLesson;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab folder whose path has a space, quotes and a $(...) in it stays one path in command checks, and runs nothing. */
class CommandChecksTest {

    @TempDir
    Path home;

    private Path lab;
    private Shell shell;
    private Variables variables;

    @BeforeEach
    void setUp() throws IOException {
        lab = Files.createDirectories(home.resolve("my lab $(touch pwned) `touch pwned2` it's \"odd\""));
        Files.writeString(lab.resolve("marker"), "here\n");
        variables = new Variables(lab.toString(), "dockerlab/lab:1", "test");
        shell = new Shell(variables);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "command \"test -f ${LAB}/marker\" succeeds",
        "command \"cat ${LAB}/marker\" output contains \"here\"",
        "command \"test -f \\\"${LAB}/marker\\\"\" succeeds",
        "command \"test -f '${LAB}/marker'\" succeeds",
        "command \"test -f $'${LAB}/marker'\" succeeds",
        "command \"echo \\\"$(cat ${LAB}/marker)\\\"\" output contains \"here\"",
        "command \"echo `cat ${LAB}/marker`\" output contains \"here\"",
        "command \"(cd ${LAB} && test -f marker)\" succeeds",
        "not command \"test -f ${LAB}/missing\" succeeds",
    })
    void aLabPathWithShellCharactersStaysOnePathAndRunsNothing(String line) throws CheckSyntaxException {
        Verdict verdict = judge(line);

        assertThat(verdict.passed()).as(verdict.toString()).isTrue();
        assertThat(lab.resolve("pwned")).doesNotExist();
        assertThat(lab.resolve("pwned2")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "command \"echo ${LAB}\" output contains \"my lab $(touch pwned)\"",
        "command \"echo \\\"${LAB}\\\"\" output contains \"`touch pwned2` it's \\\"odd\\\"\"",
        "command \"echo '${LAB}'\" output contains \"it's \\\"odd\\\"\"",
    })
    void theCommandSeesTheLabPathAsWritten(String line) throws CheckSyntaxException {
        Verdict verdict = judge(line);

        assertThat(verdict.passed()).as(verdict.toString()).isTrue();
    }

    @Test
    void aHintWhenCommandKeepsTheLabPathOneWordToo() {
        LoadedLesson loaded = new LessonLoader(variables).parse(home.resolve("01-hints.md"), """
                # Hints

                ## Make a marker

                ```check
                command "test -f ${LAB}/marker" succeeds
                ```

                ```hint when command "test -f ${LAB}/marker" succeeds
                Make the marker.
                ```

                ```solution
                touch marker
                ```
                """);
        Assertion when = loaded.lesson().exercises().get(0).hints().get(0).when();

        Verdict verdict = CommandChecks.check((CommandAssertion) when, shell);

        assertThat(verdict.status()).as(loaded.problems() + " " + verdict).isEqualTo(Verdict.Status.PASSED);
        assertThat(lab.resolve("pwned")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "command \"echo 'volume is in use' >&2; false\" fails with \"in use\" or \"being used\"",
        "command \"echo 'volume v is being used by the following container(s)' >&2; false\" fails with \"in use\" or \"being used\"",
        "command \"echo 'no container with name or ID found: no such container' >&2; false\" fails with \"No such container\"",
        "command \"echo b\" output contains \"a\" or \"b\"",
    })
    void anyOfTheListedPhrasingsWillDo(String line) throws CheckSyntaxException {
        Verdict verdict = judge(line);

        assertThat(verdict.passed()).as(verdict.toString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "command \"echo 'volume is in use'\" fails with \"in use\" or \"being used\"",
        "command \"echo 'no such volume' >&2; false\" fails with \"in use\" or \"being used\"",
        "command \"echo B\" output contains \"a\" or \"b\"",
    })
    void noneOfThePhrasingsOrASuccessFails(String line) throws CheckSyntaxException {
        Verdict verdict = judge(line);

        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(Verdict.Status.FAILED);
    }

    private Verdict judge(String line) throws CheckSyntaxException {
        Assertion assertion = CheckParser.parse(line, variables);
        if (assertion instanceof Negation negation) {
            return CommandChecks.check((CommandAssertion) negation.inner(), shell).negated();
        }
        return CommandChecks.check((CommandAssertion) assertion, shell);
    }
}
