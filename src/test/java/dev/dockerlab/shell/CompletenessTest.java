package dev.dockerlab.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** bash says when a command is whole: the REPL runs it then, and asks for more before. */
class CompletenessTest {

    private final Completeness bash = new Completeness("bash");

    @ParameterizedTest
    @ValueSource(strings = {
            "echo ok",
            "echo 'a\\tb' \"c\\nd\" e\\ f",
            "echo a \\\\",
            "echo a # comment \\",
            "cat > Dockerfile <<'EOF'\nFROM scratch\nEOF",
            "echo \"one\ntwo\"",
            "if true; then\necho yes\nfi",
            "echo $(date)",
            "echo ) unbalanced",
    })
    void wholeCommandsRun(String text) {
        assertThat(bash.isComplete(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cat > Dockerfile <<'EOF'",
            "cat > Dockerfile <<'EOF'\nFROM scratch",
            "cat <<-EOF\n\tx",
            "echo \"one",
            "echo 'one",
            "echo a \\",
            "echo a |",
            "true &&",
            "( echo sub",
            "{ echo group;",
            "if true; then",
            "for i in 1 2; do\necho $i",
            "while false; do",
            "case x in",
            "f() {",
            "echo $(date",
    })
    void unfinishedCommandsWaitForMore(String text) {
        assertThat(bash.isComplete(text)).as(text).isFalse();
    }

    @Test
    void ctrlCWhileAskingNeverRunsTheCommand() {
        Thread.currentThread().interrupt();
        try {
            assertThat(bash.isComplete("cat > dropped <<'EOF'\nabc")).isFalse();
            assertThat(bash.isComplete("echo ok")).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for JLine to see").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aShellKilledByCtrlCWhileAskingNeverRunsTheCommand() throws Exception {
        Path shell = Files.createTempFile("killed-shell", ".sh");
        try {
            Files.writeString(shell, "#!/bin/sh\nkill -INT $$\n");
            shell.toFile().setExecutable(true);
            assertThat(new Completeness(shell.toString()).isComplete("echo ok")).isFalse();
        } finally {
            Files.delete(shell);
        }
    }

    @Test
    void aShellKilledWhileAskingAboutATrailingBackslashNeverRunsTheCommand() throws Exception {
        Path shell = Files.createTempFile("killed-on-join", ".sh");
        try {
            // answers the first question, dies of Ctrl-C on the second (the line joined with "}")
            Files.writeString(shell, "#!/bin/sh\ninput=$(cat)\ncase \"$input\" in *'}') kill -INT $$ ;; esac\nexit 0\n");
            shell.toFile().setExecutable(true);
            assertThat(new Completeness(shell.toString()).isComplete("echo a \\")).isFalse();
        } finally {
            Files.delete(shell);
        }
    }
}
