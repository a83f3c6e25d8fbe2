package dev.dockerlab.shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What one line leaves for the next, as in an interactive shell: a lesson's `VOL=$(...)` then `echo $VOL`. */
class LearnerShellTest {

    @TempDir
    Path lab;

    private LearnerShell shell;

    @BeforeEach
    void setUp() {
        shell = new LearnerShell(lab, Map.of("PATH", System.getenv("PATH"), "HOME", lab.toString()),
                Map.of("LAB", lab.toString(), "IMAGE", "dockerlab/lab:test", "LESSON", "shell"), StandardCharsets.UTF_8);
    }

    @Test
    void aVariableSetOnOneLineIsThereOnTheNextWithoutBeingExported() {
        run("VOL=$(printf 'a  b\\nc')");

        assertThat(run("printf '[%s]' \"$VOL\"")).isEqualTo("[a  b\nc]\n");
        assertThat(run("bash -c 'echo ${VOL-not exported}'")).as("a shell variable is not handed to child processes")
                .isEqualTo("not exported\n");
    }

    @Test
    void arraysFunctionsAndAliasesCarryOver() {
        run("names=(web \"web two\"); declare -A port=([web]=80); greet() { echo \"hello $1\"; }; alias ll='echo listed'");

        assertThat(run("echo \"${names[1]}\" \"${port[web]}\"")).isEqualTo("web two 80\n");
        assertThat(run("greet learner")).isEqualTo("hello learner\n");
        assertThat(run("ll")).isEqualTo("listed\n");
    }

    @Test
    void unsetAndReassignTakeEffectAndTheLabVariablesStayDockerlabs() {
        run("VOL=first");
        run("VOL=second");
        assertThat(run("echo $VOL")).isEqualTo("second\n");
        run("unset VOL");
        assertThat(run("echo ${VOL-gone}")).isEqualTo("gone\n");
        assertThat(run("echo $LESSON; bash -c 'echo $LAB'")).isEqualTo("shell\n" + lab + "\n");
    }

    @Test
    void theWorkingFolderAndExportsCarryOverAsBefore() {
        run("mkdir -p sub && cd sub && export GREETING=hi");

        assertThat(run("pwd; bash -c 'echo $GREETING'")).isEqualTo(lab.resolve("sub") + "\nhi\n");
    }

    private String run(String line) {
        StringWriter out = new StringWriter();
        int status = shell.run(line, false, new PrintWriter(out, true));
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }
}
