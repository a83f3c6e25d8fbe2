package dev.dockerlab.present;

import dev.dockerlab.output.Output;
import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.Theme;
import dev.dockerlab.render.WordWrap;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.PrintWriter;
import java.util.List;

/**
 * Where a presentation is shown: the one {@link Output}, with a page per step
 * (a cleared terminal, its header and task pinned at the top and its
 * checklist at the bottom when the terminal has room, see {@link PinnedScreen})
 * and the presenter's words in the theme's styles. On a terminal the
 * presenter's lines are wrapped at spaces; a transcript keeps them whole.
 */
final class Stage {

    private final Output output;
    private final Theme theme;
    private final PinnedScreen screen;

    private Stage(Output output, Theme theme, PinnedScreen screen) {
        this.output = output;
        this.theme = theme;
        this.screen = screen;
    }

    static Stage plain(PrintWriter out, Glyphs glyphs, Theme theme) {
        return new Stage(Output.plain(out, glyphs), theme, null);
    }

    /** The terminal, styled when {@code color} is wanted (off for NO_COLOR, --no-color) and it is not dumb. */
    static Stage on(Terminal terminal, boolean color, Glyphs glyphs, Theme theme) {
        return new Stage(Output.on(terminal, color, glyphs), theme, PinnedScreen.of(terminal));
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

    Theme theme() {
        return theme;
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
        release();
        output.clear();
    }

    /**
     * A new page with {@code top} kept at the top and {@code bottomRows} kept
     * at the foot for {@link #pinnedBottom}, or with only the top kept when
     * the foot does not fit; false, showing nothing, when even that does not
     * fit or this is no terminal: the caller lets the page flow.
     */
    boolean pinnedPage(List<AttributedString> top, int bottomRows) {
        if (screen == null || !screen.fits(top.size(), 0)) {
            return false;
        }
        screen.pin(top.stream().map(output::text).toList(), screen.fits(top.size(), bottomRows) ? bottomRows : 0,
                line -> output.out().println(line));
        return true;
    }

    /** Draws the lines in the kept foot of the page; false when there is none and the caller shows them in the flow. */
    boolean pinnedBottom(List<AttributedString> lines) {
        if (screen == null || !screen.hasBottom()) {
            return false;
        }
        String more = output.text(new AttributedString("…", theme.faint()));
        screen.drawBottom(lines.stream().map(output::text).toList(), more, output.out()::print);
        return true;
    }

    /** The whole screen scrolls again, as before the presentation: at its end, and when it stops for any reason. */
    void release() {
        if (screen != null) {
            screen.release();
        }
    }

    void ok(String text) {
        say(text, theme.ok());
    }

    void problem(String text) {
        say(text, theme.problem());
    }

    void note(String text) {
        say(text, theme.faint());
    }

    /** The presenter's words, for a line of the checklist's status. */
    AttributedString styled(String text, boolean ok) {
        return new AttributedString(text, ok ? theme.ok() : theme.faint());
    }

    private void say(String text, AttributedStyle style) {
        AttributedString styled = new AttributedString(text, style);
        output.lines(onTerminal() ? WordWrap.lines(styled, width()) : List.of(styled));
    }
}
