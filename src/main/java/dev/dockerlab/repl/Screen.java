package dev.dockerlab.repl;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.render.TerminalText;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.PrintWriter;
import java.util.List;

/**
 * Where the REPL writes: styled on a terminal that takes colour, plain text
 * everywhere else, and in either case only characters the terminal can show.
 */
final class Screen {

    private static final AttributedStyle OK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();
    private static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

    private final PrintWriter out;
    private final Terminal terminal;
    private final TerminalText text;

    private Screen(PrintWriter out, Terminal terminal, TerminalText text) {
        this.out = out;
        this.terminal = terminal;
        this.text = text;
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    static Screen on(Terminal terminal, boolean color, Glyphs glyphs) {
        return new Screen(terminal.writer(), terminal, TerminalText.on(terminal, color, glyphs));
    }

    /** Plain text to a writer, at the default width: scripted runs and tests. */
    static Screen plain(PrintWriter out, Glyphs glyphs) {
        return new Screen(out, null, TerminalText.plain(glyphs));
    }

    PrintWriter out() {
        return out;
    }

    boolean color() {
        return text.color();
    }

    /** The terminal's width now (it may be resized), else the default. */
    int width() {
        return terminal != null && terminal.getWidth() > 0 ? terminal.getWidth() : RenderOptions.DEFAULT_WIDTH;
    }

    boolean interactive() {
        return terminal != null;
    }

    /** The prompt as the line reader should print it: bold cyan when colour is on, else plain. */
    String prompt(String prompt) {
        return text.of(new AttributedString(prompt, PROMPT));
    }

    void lines(List<AttributedString> lines) {
        lines.forEach(this::line);
        out.flush();
    }

    void line(AttributedString line) {
        out.println(text.of(line));
    }

    void say(String line) {
        out.println(text.of(line));
        out.flush();
    }

    void blank() {
        out.println();
    }

    void ok(String line) {
        styled(line, OK);
    }

    void warn(String line) {
        styled(line, WARN);
    }

    void error(String line) {
        styled(line, ERROR);
    }

    void faint(String line) {
        styled(line, FAINT);
    }

    void bold(String line) {
        styled(line, BOLD);
    }

    private void styled(String line, AttributedStyle style) {
        line(new AttributedString(line, style));
        out.flush();
    }
}
