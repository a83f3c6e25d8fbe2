package dev.dockerlab.shell;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A script that stops under bash -e names the command it stopped at, by its line in the body. */
class FailedCommandTest {

    @TempDir
    Path lab;

    @Test
    void aScriptNamesTheCommandItStoppedAtAndKeepsItsOwnOutput() {
        ShellResult ran = shell().script("a test script",
                "echo one\nVOL=$(echo two)\ncat /no-such-file-here \\\n   /dev/null\necho never");

        assertThat(ran.status()).isEqualTo(1);
        assertThat(ran.stoppedAt()).contains(new FailedCommand(3, "cat /no-such-file-here /dev/null"));
        assertThat(ran.stderr()).contains("No such file").doesNotContain("dockerlab: script stopped");
        assertThat(ran.stdout()).isEqualTo("one\n");
    }

    @Test
    void failuresThatDashEDoesNotStopAtAreNotNamed() {
        ShellResult ran = shell().script("a test script", "false || true\nif false; then :; fi\n! true\nexit 4");

        assertThat(ran.status()).isEqualTo(4);
        assertThat(ran.stoppedAt()).isEmpty();
    }

    @Test
    void aScriptThatSucceedsNamesNoCommand() {
        ShellResult ran = shell().script("a test script", "x=$(false || echo ok)\necho \"$x\"");

        assertThat(ran.succeeded()).isTrue();
        assertThat(ran.stoppedAt()).isEqualTo(Optional.empty());
        assertThat(ran.stdout()).isEqualTo("ok\n");
        assertThat(ran.stderr()).isEmpty();
    }

    private Shell shell() {
        assumeTrue(Shell.INTERPRETER.equals("bash"), "only bash has an ERR trap");
        return new Shell(new Variables(lab.toString(), "busybox", ""));
    }
}
