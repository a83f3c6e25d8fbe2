package dev.dockerlab.repl;

import dev.dockerlab.output.Output;
import dev.dockerlab.output.Tone;
import dev.dockerlab.render.Glyphs;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/** Where the REPL writes: the one {@link Output}, and the prompt in the REPL's colour. */
final class Screen {

    private static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

    private final Output output;

    private Screen(Output output) {
        this.output = output;
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    static Screen on(Terminal terminal, boolean color, Glyphs glyphs) {
        return new Screen(Output.on(terminal, color, glyphs));
    }

    /** Plain text to a writer, at the default width: scripted runs and tests. */
    static Screen plain(PrintWriter out, Glyphs glyphs) {
        return new Screen(Output.plain(out, glyphs));
    }

    PrintWriter out() {
        return output.out();
    }

    boolean color() {
        return output.color();
    }

    /** The terminal's width now (it may be resized), else the default. */
    int width() {
        return output.width();
    }

    Charset encoding() {
        return output.encoding();
    }

    boolean interactive() {
        return output.interactive();
    }

    /** The prompt as the line reader should print it: bold cyan when colour is on, else plain. */
    String prompt(String prompt) {
        return output.text(new AttributedString(prompt, PROMPT));
    }

    void lines(List<AttributedString> lines) {
        output.lines(lines);
    }

    void line(AttributedString line) {
        output.line(line);
    }

    void say(String line) {
        output.say(line);
    }

    void blank() {
        output.blank();
    }

    void ok(String line) {
        output.line(Tone.OK, line);
    }

    void warn(String line) {
        output.line(Tone.WARN, line);
    }

    void error(String line) {
        output.line(Tone.ERROR, line);
    }

    void faint(String line) {
        output.line(Tone.FAINT, line);
    }

    void bold(String line) {
        output.line(Tone.BOLD, line);
    }
}
