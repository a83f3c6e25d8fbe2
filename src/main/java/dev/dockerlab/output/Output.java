package dev.dockerlab.output;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.render.TerminalText;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where dockerlab writes for people: a terminal, styled when it takes colour,
 * or a writer (a pipe, a file, a test) with plain text at the default width;
 * in either case only characters the terminal can show. Lines carry a
 * {@link Tone} rather than a colour. The REPL's screen, the presenter's stage
 * and the command line's styles are thin layers over this one.
 */
public final class Output {

    private final PrintWriter out;
    private final Terminal terminal;
    private final TerminalText text;

    private Output(PrintWriter out, Terminal terminal, TerminalText text) {
        this.out = out;
        this.terminal = terminal;
        this.text = text;
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    public static Output on(Terminal terminal, boolean color, Glyphs glyphs) {
        return new Output(terminal.writer(), terminal, TerminalText.on(terminal, color, glyphs));
    }

    /** Plain text to a writer, at the default width: scripted runs and tests. */
    public static Output plain(PrintWriter out, Glyphs glyphs) {
        return new Output(out, null, TerminalText.plain(glyphs));
    }

    public PrintWriter out() {
        return out;
    }

    public boolean color() {
        return text.color();
    }

    /** The terminal's width now (it may be resized), else the default. */
    public int width() {
        return terminal != null && terminal.getWidth() > 0 ? terminal.getWidth() : RenderOptions.DEFAULT_WIDTH;
    }

    /** Whether a person sits at a terminal here (and not a script at a writer). */
    /** How the terminal encodes what is typed into it (UTF-8 for plain output). */
    public Charset encoding() {
        return terminal != null ? terminal.encoding() : StandardCharsets.UTF_8;
    }

    public boolean interactive() {
        return terminal != null;
    }

    /** The text as this output shows it, styles included, for a caller that composes a line. */
    public String text(AttributedString styled) {
        return text.of(styled);
    }

    public String text(Tone tone, String plain) {
        return text(new AttributedString(plain, tone.style()));
    }

    /** Text where the cursor is, without ending the line. */
    public void show(AttributedString styled) {
        out.print(text(styled));
        out.flush();
    }

    public void line(AttributedString styled) {
        out.println(text(styled));
        out.flush();
    }

    public void line(Tone tone, String plain) {
        line(new AttributedString(plain, tone.style()));
    }

    public void lines(List<AttributedString> lines) {
        lines.forEach(line -> out.println(text(line)));
        out.flush();
    }

    public void say(String plain) {
        out.println(text.of(plain));
        out.flush();
    }

    public void blank() {
        out.println();
        out.flush();
    }

    /** The terminal cleared, the cursor at the top; elsewhere a blank line. */
    public void clear() {
        if (terminal != null) {
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
        } else {
            blank();
        }
    }
}
