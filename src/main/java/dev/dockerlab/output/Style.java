package dev.dockerlab.output;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.TerminalText;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line's words for the {@link dev.dockerlab.output.Output} tones, as text to compose
 * lines with: styled when colour is wanted and standard output is a terminal,
 * plain for --no-color, NO_COLOR and a pipe.
 */
public final class Style {

    private final TerminalText text;

    public Style(boolean color) {
        // picocli's AUTO answers whether standard output is a terminal (and honours its own overrides)
        this.text = color && Ansi.AUTO.enabled() ? TerminalText.ansi(Glyphs.UNICODE) : TerminalText.plain(Glyphs.UNICODE);
    }

    public String ok(String text) {
        return styled(Tone.OK, text);
    }

    public String warn(String text) {
        return styled(Tone.WARN, text);
    }

    public String bad(String text) {
        return styled(Tone.ERROR, text);
    }

    public String faint(String text) {
        return styled(Tone.FAINT, text);
    }

    public String bold(String text) {
        return styled(Tone.BOLD, text);
    }

    private String styled(Tone tone, String plain) {
        return text.of(new AttributedString(plain, tone.style()));
    }
}
