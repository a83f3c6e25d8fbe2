package dev.dockerlab.render;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.AbstractWindowsTerminal;
import org.jline.utils.AttributedCharSequence.ForceMode;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.ColorPalette;
import org.jline.utils.InfoCmp.Capability;

/**
 * Styled text as the bytes a terminal will really show. JLine's own
 * {@code toAnsi(terminal)} swaps box-drawing characters for the terminal's
 * alternate character set (its smacs/rmacs, SO and SI on screen and tmux);
 * nothing designates that set there, so every rule came out as "qqqq" and
 * every bar as "x". Here colours follow the terminal's capabilities, the
 * alternate character set is never used, and characters follow {@link Glyphs}.
 * Every place that prints styled text goes through one of these.
 */
public final class TerminalText {

    /** What JLine assumes when the terminal's description does not say. */
    private static final int DEFAULT_COLORS = 256;

    private final Terminal terminal;
    private final boolean color;
    private final Glyphs glyphs;

    private TerminalText(Terminal terminal, boolean color, Glyphs glyphs) {
        this.terminal = terminal;
        this.color = color;
        this.glyphs = glyphs;
    }

    /** Text without escape codes: for pipes, files, tests, NO_COLOR and --no-color. */
    public static TerminalText plain(Glyphs glyphs) {
        return new TerminalText(null, false, glyphs);
    }

    /** ANSI styles for a terminal known only as a stream (a command's standard output). */
    public static TerminalText ansi(Glyphs glyphs) {
        return new TerminalText(null, true, glyphs);
    }

    /** Styled for this terminal when {@code color} is wanted and the terminal is not dumb. */
    public static TerminalText on(Terminal terminal, boolean color, Glyphs glyphs) {
        boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        return new TerminalText(terminal, color && !dumb, glyphs);
    }

    public boolean color() {
        return color;
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    public String of(AttributedString text) {
        if (!color) {
            return glyphs.shown(text);
        }
        return shown(text).toAnsi(colors(), forceMode(), terminal != null ? terminal.getPalette() : ColorPalette.DEFAULT,
                null, null);
    }

    public String of(String text) {
        return glyphs.shown(text);
    }

    /** The same styles over the characters this terminal shows. */
    private AttributedString shown(AttributedString text) {
        if (glyphs == Glyphs.UNICODE) {
            return text;
        }
        AttributedStringBuilder shown = new AttributedStringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            shown.style(text.styleAt(i)).append(glyphs.shown(text.charAt(i)));
        }
        return shown.toAttributedString();
    }

    private int colors() {
        Integer colors = terminal != null ? terminal.getNumericCapability(Capability.max_colors) : null;
        return colors != null ? colors : DEFAULT_COLORS;
    }

    private ForceMode forceMode() {
        String type = terminal != null ? terminal.getType() : "";
        return AbstractWindowsTerminal.TYPE_WINDOWS_256_COLOR.equals(type)
                || AbstractWindowsTerminal.TYPE_WINDOWS_CONEMU.equals(type) ? ForceMode.Force256Colors : ForceMode.None;
    }
}
