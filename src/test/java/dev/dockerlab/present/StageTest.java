package dev.dockerlab.present;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Requirements;
import dev.dockerlab.lesson.Resources;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.Theme;
import dev.dockerlab.testing.TerminalOfType;
import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A presentation's banners and text as the audience's terminal shows them. */
class StageTest {

    private static final Step READING = new Step(1, "Mounting a host folder", 5, "text", List.of(), null);
    private static final Lesson LESSON = new Lesson("bind-mounts", 3, Path.of("03-bind-mounts.md"), "Bind mounts",
            "Put a host folder into a container", "intro", Requirements.NONE, Resources.NONE, List.of(READING), List.of());

    @Test
    void bannersAndRulesUnderTmuxAreBoxCharacters() throws Exception {
        try (TerminalOfType tmux = new TerminalOfType("screen")) {
            Stage stage = Stage.on(tmux.terminal(), true, Glyphs.UNICODE, Theme.DARK);
            stage.lines(Banner.step(LESSON, READING, 40, Theme.DARK));
            stage.line(new org.jline.utils.AttributedString("──── │ ┼"));

            assertThat(tmux.shown()).doesNotContain("\u000e", "\u000f", "qqq").contains("┏━━━", "┃", "──── │ ┼");
        }
    }

    @Test
    void underAnAsciiLocaleABannerIsAnAsciiBoxOfTheSameSize() {
        StringWriter out = new StringWriter();
        Stage stage = Stage.plain(new PrintWriter(out), Glyphs.ASCII, Theme.DARK);

        stage.lines(Banner.step(LESSON, READING, 40, Theme.DARK));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(40).matches("\\p{ASCII}*"));
        assertThat(lines.get(0)).isEqualTo("+" + "=".repeat(38) + "+");
        assertThat(lines).contains("|   STEP 1 OF 1 - READING" + " ".repeat(40 - 26) + "|");
    }

    @Test
    void onATerminalThePresentersWordsWrapAtSpaces() throws Exception {
        try (TerminalOfType xterm = new TerminalOfType("xterm-256color")) {
            xterm.terminal().setSize(new Size(60, 20));
            Stage stage = Stage.on(xterm.terminal(), false, Glyphs.UNICODE, Theme.DARK);

            stage.note("Keys: space or enter runs the next command, then goes on to the next step · b back one step · q quit");

            assertThat(xterm.shown().lines().toList()).containsExactly(
                    "Keys: space or enter runs the next command, then goes on to",
                    "the next step · b back one step · q quit");
        }
    }

    @Test
    void aTranscriptKeepsThePresentersWordsOnOneLine() {
        StringWriter out = new StringWriter();
        Stage stage = Stage.plain(new PrintWriter(out), Glyphs.UNICODE, Theme.DARK);

        stage.note("x ".repeat(60).strip());

        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void onALightThemeNothingTheStageShowsIsYellowOrCyan() throws Exception {
        try (TerminalOfType xterm = new TerminalOfType("xterm-256color")) {
            Stage stage = Stage.on(xterm.terminal(), true, Glyphs.UNICODE, Theme.LIGHT);
            stage.lines(Banner.step(LESSON, READING, 40, Theme.LIGHT));
            new Typist(stage, java.time.Duration.ZERO).type("docker ps");
            stage.ok("✔ Exercise 1 done");

            assertThat(xterm.shown()).contains("\u001b[").doesNotContain("33m", "36m", "33;", "36;");
        }
    }

    @Test
    void withoutColourNothingIsStyled() throws Exception {
        try (TerminalOfType xterm = new TerminalOfType("xterm-256color")) {
            Stage stage = Stage.on(xterm.terminal(), false, Glyphs.UNICODE, Theme.DARK);
            stage.lines(Banner.step(LESSON, READING, 40, Theme.DARK));
            stage.ok("✔ Exercise 1 done");
            stage.problem("Not removed: web");
            stage.note("Quitting.");

            assertThat(xterm.shown()).doesNotContain("\u001b[").contains("┏━━━", "✔ Exercise 1 done");
        }
    }
}
