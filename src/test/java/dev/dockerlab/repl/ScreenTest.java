package dev.dockerlab.repl;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.MarkdownRenderer;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.testing.TerminalOfType;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** What the REPL's screen really sends: the terminal's characters, colours only when they are wanted. */
class ScreenTest {

    private static final String STEP = """
            ## Named volumes

            | command | what it does |
            |---|---|
            | `docker volume ls` | list volumes |
            """;

    @Test
    void stepUnderlinesAndTableRulesUnderTmuxAreBoxCharacters() throws Exception {
        try (TerminalOfType tmux = new TerminalOfType("screen")) {
            Screen screen = Screen.on(tmux.terminal(), true, Glyphs.UNICODE);
            screen.lines(new MarkdownRenderer(new RenderOptions(60, screen.color())).render(STEP).lines());

            assertThat(tmux.shown()).doesNotContain("\u000e", "\u000f", "qqq").contains("─────────────", "┼", "│");
        }
    }

    @Test
    void underAnAsciiLocaleTheyAreDashesBarsAndPluses() throws Exception {
        try (TerminalOfType tmux = new TerminalOfType("screen")) {
            Screen screen = Screen.on(tmux.terminal(), true, Glyphs.ASCII);
            screen.lines(new MarkdownRenderer(new RenderOptions(60, screen.color())).render(STEP).lines());
            screen.faint("bind-mounts · step 2 of 5 · reading");

            assertThat(tmux.shown()).doesNotContain("\u000e", "\u000f", "qqq").matches("\\p{ASCII}*")
                    .contains("-------------", "-+-", " | ", "bind-mounts - step 2 of 5 - reading");
        }
    }

    @Test
    void thePromptIsStyledOnlyWhenColourIsOn() throws Exception {
        try (TerminalOfType xterm = new TerminalOfType("xterm-256color")) {
            assertThat(Screen.on(xterm.terminal(), true, Glyphs.UNICODE).prompt("bind-mounts> "))
                    .startsWith("\u001b[").contains("bind-mounts> ");
            // NO_COLOR and --no-color reach the screen as colour off
            assertThat(Screen.on(xterm.terminal(), false, Glyphs.UNICODE).prompt("bind-mounts> ")).isEqualTo("bind-mounts> ");
        }
        try (TerminalOfType dumb = new TerminalOfType("dumb")) {
            assertThat(Screen.on(dumb.terminal(), true, Glyphs.UNICODE).prompt("bind-mounts> ")).isEqualTo("bind-mounts> ");
        }
        assertThat(Screen.plain(new PrintWriter(new StringWriter()), Glyphs.UNICODE).prompt("bind-mounts> "))
                .isEqualTo("bind-mounts> ");
    }

    @Test
    void noColourMeansNoEscapesAnywhere() throws Exception {
        try (TerminalOfType xterm = new TerminalOfType("xterm-256color")) {
            Screen screen = Screen.on(xterm.terminal(), false, Glyphs.UNICODE);
            screen.lines(new MarkdownRenderer(new RenderOptions(60, screen.color())).render(STEP).lines());
            screen.ok("✔ Exercise 1 done");
            screen.error("No such lesson.");

            assertThat(xterm.shown()).doesNotContain("\u001b").contains("✔ Exercise 1 done", "─┼─");
        }
    }
}
