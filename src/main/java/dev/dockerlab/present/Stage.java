package dev.dockerlab.present;

import dev.dockerlab.output.Output;
import dev.dockerlab.output.Tone;
import dev.dockerlab.render.Glyphs;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

import java.io.PrintWriter;
import java.util.List;

/**
 * Where a presentation is shown: the one {@link Output}, with a page per step
 * (a cleared terminal) and the presenter's words for its tones.
 */
final class Stage {

    private final Output output;

    private Stage(Output output) {
        this.output = output;
    }

    static Stage plain(PrintWriter out, Glyphs glyphs) {
        return new Stage(Output.plain(out, glyphs));
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    static Stage on(Terminal terminal, boolean color, Glyphs glyphs) {
        return new Stage(Output.on(terminal, color, glyphs));
    }

    PrintWriter out() {
        return output.out();
    }

    boolean onTerminal() {
        return output.interactive();
    }

    boolean color() {
        return output.color();
    }

    /** The terminal's width now (it may be resized during a talk), else the default. */
    int width() {
        return output.width();
    }

    /** Shows text where the cursor is, without ending the line. */
    void show(AttributedString text) {
        output.show(text);
    }

    void line(AttributedString text) {
        output.line(text);
    }

    void lines(List<AttributedString> lines) {
        output.lines(lines);
    }

    void endLine() {
        output.blank();
    }

    /** A new step starts at the top of a cleared terminal; elsewhere after a blank line. */
    void newPage() {
        output.clear();
    }

    void ok(String text) {
        output.line(Tone.OK, text);
    }

    void problem(String text) {
        output.line(Tone.ERROR, text);
    }

    void note(String text) {
        output.line(Tone.FAINT, text);
    }
}
