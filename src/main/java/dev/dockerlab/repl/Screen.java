package dev.dockerlab.repl;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.PrintWriter;
import java.util.List;

/** Where the REPL writes: styled on a terminal that takes colour, plain text everywhere else. */
final class Screen {

    private static final AttributedStyle OK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();
    private static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;

    private final PrintWriter out;
    private final Terminal terminal;
    private final boolean color;
    private final int width;

    /** @param terminal the terminal to style for, or null for plain output */
    Screen(PrintWriter out, Terminal terminal, boolean color, int width) {
        this.out = out;
        this.terminal = terminal;
        this.color = color && terminal != null;
        this.width = width <= 0 ? 80 : width;
    }

    PrintWriter out() {
        return out;
    }

    boolean color() {
        return color;
    }

    int width() {
        return terminal != null && terminal.getWidth() > 0 ? terminal.getWidth() : width;
    }

    boolean interactive() {
        return terminal != null;
    }

    void lines(List<AttributedString> lines) {
        lines.forEach(this::line);
        out.flush();
    }

    void line(AttributedString line) {
        out.println(color ? line.toAnsi(terminal) : line.toString());
    }

    void say(String text) {
        out.println(text);
        out.flush();
    }

    void blank() {
        out.println();
    }

    void ok(String text) {
        styled(text, OK);
    }

    void warn(String text) {
        styled(text, WARN);
    }

    void error(String text) {
        styled(text, ERROR);
    }

    void faint(String text) {
        styled(text, FAINT);
    }

    void bold(String text) {
        styled(text, BOLD);
    }

    private void styled(String text, AttributedStyle style) {
        line(new AttributedString(text, style));
        out.flush();
    }
}
