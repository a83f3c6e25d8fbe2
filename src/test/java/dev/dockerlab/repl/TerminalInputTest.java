package dev.dockerlab.repl;

import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REPL in a real pseudo-terminal (tmux, TERM=screen), typed into key by
 * key as a learner types: what bash receives must be what was typed, byte for
 * byte, and commands that go on over several lines run once, whole. Each
 * command writes what bash made of it into a file, compared with what bash
 * makes of the same line run directly.
 */
class TerminalInputTest {

    private static final String PROMPT = "[typing 1/2] $ ";

    @TempDir
    Path home;

    private Path lab;
    private Tmux tmux;

    @BeforeEach
    void start() throws IOException {
        lab = home.resolve("lab");
        tmux = TerminalRepl.start(home, "typing", """
                ---
                title: Typing
                ---

                # Typing

                A lesson to type into.

                ## Read this first

                Nothing to do here but type.

                | a | b |
                |---|---|
                | 1 | 2 |

                ## And this

                Still nothing.
                """, Map.of(), 120, 40);
        tmux.await("the prompt", text -> text.contains(PROMPT));
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void everyCharacterReachesBashAsTyped() throws Exception {
        List<String> lines = List.of(
                "echo 'a\\tb' \"c\\nd\" e\\ f > r1",
                "echo a:b:c | tr ':' '\\n' > r2",
                "printf '%s\\n' 'FROM x' 'VOLUME /data' > r3",
                "echo \"hi!\" 'x!y' !z !! > r4",
                "echo $HOME '$HOME' \"\\$HOME\" ${LAB+lab-set} > r5",
                "echo a#b '#' \"#\" > r6 # and a comment",
                "echo 'é ü 日本' \"ñ\" > r7",
                "echo \"a \\\"quoted\\\" b\" 'it'\\''s' > r8");
        for (int i = 0; i < lines.size(); i++) {
            tmux.line(lines.get(i));
            String got = tmux.awaitFile(lab.resolve("r" + (i + 1)));
            assertThat(got).as("what bash made of: %s", lines.get(i)).isEqualTo(bash(lines.get(i), "r" + (i + 1)));
        }
    }

    @Test
    void aPastedTabReachesBash() throws Exception {
        String line = "printf '[%s]' 'a\tb' > tab";
        tmux.paste(line + "\n");
        assertThat(tmux.awaitFile(lab.resolve("tab"))).isEqualTo("[a\tb]").isEqualTo(bash(line, "tab"));
    }

    @Test
    void aHereDocumentTypedLineByLineRunsOnceAsAWhole() {
        tmux.line("cat > Dockerfile <<'EOF'");
        tmux.await("the continuation prompt", text -> text.endsWith("\n> ") || text.contains("\n> \n") || text.strip().endsWith(">"));
        tmux.line("FROM scratch");
        tmux.line("COPY a\\b /x");
        tmux.line("EOF");
        tmux.line("echo written > marker");
        tmux.awaitFile(lab.resolve("marker"));
        assertThat(lab.resolve("Dockerfile")).hasContent("FROM scratch\nCOPY a\\b /x");
        assertThat(tmux.transcript()).contains("\n> FROM scratch\n> COPY a\\b /x\n> EOF\n");
    }

    @Test
    void unfinishedCommandsGoOnUntilTheyEnd() {
        tmux.line("echo \"one");
        tmux.line("two\" > q1");
        tmux.line("echo a \\");
        tmux.line("b > q2");
        tmux.line("if true; then");
        tmux.line("echo yes > q3");
        tmux.line("fi");
        tmux.line("for i in 1 2; do");
        tmux.line("echo $i >> q4");
        tmux.line("done");
        tmux.line("( echo sub");
        tmux.line(") > q5");
        tmux.line("{ echo group;");
        tmux.line("} > q6");
        tmux.line("echo a |");
        tmux.line("tr a b > q7");
        tmux.line("echo end > marker");
        tmux.awaitFile(lab.resolve("marker"));
        assertThat(lab.resolve("q1")).hasContent("one\ntwo");
        assertThat(lab.resolve("q2")).hasContent("a b");
        assertThat(lab.resolve("q3")).hasContent("yes");
        assertThat(lab.resolve("q4")).hasContent("1\n2");
        assertThat(lab.resolve("q5")).hasContent("sub");
        assertThat(lab.resolve("q6")).hasContent("group");
        assertThat(lab.resolve("q7")).hasContent("b");
    }

    @Test
    void aPastedBlockRunsWithoutAnotherEnter() {
        tmux.paste("echo one > p1\necho two > p2\ncat > p3 <<'EOF'\nthree \\t\nEOF\n");
        assertThat(tmux.awaitFile(lab.resolve("p3"))).isEqualTo("three \\t\n");
        assertThat(lab.resolve("p1")).hasContent("one");
        assertThat(lab.resolve("p2")).hasContent("two");
    }

    @Test
    void ctrlCDropsTheUnfinishedBlock() {
        tmux.line("cat > dropped <<'EOF'");
        tmux.line("abc");
        tmux.await("the block waiting for its end", text -> text.contains("\n> abc\n"));
        tmux.press("C-c");
        // Ctrl-C is a signal, not a key in the stream: a person types on after the prompt is back, so does the test.
        tmux.await("a fresh prompt", text -> text.substring(text.indexOf("\n> abc\n")).contains(PROMPT));
        tmux.line("echo after > after");
        tmux.awaitFile(lab.resolve("after"));
        assertThat(lab.resolve("dropped")).doesNotExist();
        assertThat(tmux.transcript()).doesNotContain("not found");
    }

    @Test
    void historyKeepsTheLineAsTyped() {
        String line = "echo 'a\\tb' e\\ f \"!x\" > h1";
        tmux.line(line);
        tmux.awaitFile(lab.resolve("h1"));
        tmux.line("/history");
        tmux.await("the history", text -> text.lines().filter(shown -> shown.contains(line)).count() >= 2);
    }

    @Test
    void theScreenShowsNoLineDrawingCharsetUnderTermScreen() {
        String screen = tmux.transcript();
        assertThat(screen).contains("Read this first").doesNotContain("qqq").doesNotContain("\u000e");
    }

    @Test
    void thePromptShowsTheFolderWhenACdLeftTheLabFolder() {
        tmux.line("mkdir -p sub && cd sub");
        tmux.await("the folder in the prompt", text -> text.contains("[typing 1/2] $LAB/sub $ "));
        tmux.line("cd \"$LAB\"");
        tmux.line("echo back > back");
        tmux.awaitFile(lab.resolve("back"));
    }

    /** What bash makes of the line run directly (bash -c), in a folder of its own, with the REPL's variables. */
    private String bash(String line, String output) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(home.resolve("direct-" + System.nanoTime()));
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("HOME", home.toString(), "PATH", System.getenv("PATH"), "LANG", "C.UTF-8",
                "LAB", lab.toString()));
        assertThat(builder.start().waitFor()).isZero();
        return Files.readString(dir.resolve(output), StandardCharsets.UTF_8);
    }

}
