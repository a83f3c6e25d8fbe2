package dev.dockerlab.output;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.TerminalText;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One surface for the REPL, the presenter and the commands: tones, plain text off a terminal, glyphs. */
class OutputTest {

    @Test
    void offATerminalEveryToneIsPlainTextInTheGlyphsTheLocaleShows() {
        StringWriter written = new StringWriter();
        Output output = Output.plain(new PrintWriter(written), Glyphs.ASCII);

        output.line(Tone.OK, "✔ done");
        output.line(Tone.ERROR, "── failed");
        output.lines(List.of(new AttributedString("│ quoted", Tone.FAINT.style())));
        output.say("a · b");

        assertThat(written.toString()).isEqualTo(String.join(System.lineSeparator(),
                "* done", "-- failed", "| quoted", "a - b", ""));
        assertThat(output.interactive()).isFalse();
        assertThat(output.width()).isEqualTo(80);
    }

    @Test
    void aCommandsStreamGetsAnsiColoursWithoutTheAlternateCharacterSet() {
        String styled = TerminalText.ansi(Glyphs.UNICODE).of(new AttributedString("── ok", Tone.OK.style()));

        assertThat(styled).contains("\u001b[", "── ok").doesNotContain("\u000e", "\u000f");
    }
}
