package dev.dockerlab.present;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.render.TerminalText;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

import java.io.PrintWriter;
import java.util.List;

/**
 * Where a presentation is shown: a terminal, styled when it takes colour, or
 * a plain writer (scripted runs, tests) with plain text at the default width;
 * in either case only with characters the terminal can show.
 */
final class Stage {

    private static final AttributedStyle OK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();
    private static final AttributedStyle PROBLEM = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    private static final AttributedStyle NOTE = AttributedStyle.DEFAULT.faint();

    private final PrintWriter out;
    private final Terminal terminal;
    private final TerminalText text;

    private Stage(PrintWriter out, Terminal terminal, TerminalText text) {
        this.out = out;
        this.terminal = terminal;
        this.text = text;
    }

    static Stage plain(PrintWriter out, Glyphs glyphs) {
        return new Stage(out, null, TerminalText.plain(glyphs));
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    static Stage on(Terminal terminal, boolean color, Glyphs glyphs) {
        return new Stage(terminal.writer(), terminal, TerminalText.on(terminal, color, glyphs));
    }

    PrintWriter out() {
        return out;
    }

    boolean onTerminal() {
        return terminal != null;
    }

    boolean color() {
        return text.color();
    }

    /** The terminal's width now (it may be resized during a talk), else the default. */
    int width() {
        return terminal != null && terminal.getWidth() > 0 ? terminal.getWidth() : RenderOptions.DEFAULT_WIDTH;
    }

    /** Shows text where the cursor is, without ending the line. */
    void show(AttributedString text) {
        out.print(this.text.of(text));
        out.flush();
    }

    void line(AttributedString text) {
        show(text);
        endLine();
    }

    void lines(List<AttributedString> lines) {
        lines.forEach(this::line);
    }

    void endLine() {
        out.println();
        out.flush();
    }

    /** A new step starts at the top of a cleared terminal; elsewhere after a blank line. */
    void newPage() {
        if (terminal != null) {
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
        } else {
            endLine();
        }
    }

    void ok(String text) {
        line(new AttributedString(text, OK));
    }

    void problem(String text) {
        line(new AttributedString(text, PROBLEM));
    }

    void note(String text) {
        line(new AttributedString(text, NOTE));
    }
}
