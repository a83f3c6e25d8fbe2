package dev.dockerlab.render;

import org.jline.utils.AttributedStyle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The colours of lesson text and of a presentation, chosen for the
 * background they are shown on. Yellow and cyan, readable on a dark terminal,
 * wash out on a light projector: the light theme uses blue and magenta
 * instead; high contrast uses no colour at all, only bold and underline, and
 * never faint text. Colour off (NO_COLOR, --no-color) still wins over any theme.
 */
public enum Theme {
    DARK, LIGHT, HIGH_CONTRAST;

    private static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;

    /** The name the command line takes: dark, light, high-contrast. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(theme -> theme.optionName().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Inline code, on top of the style around it. */
    AttributedStyle inlineCode(AttributedStyle around) {
        return switch (this) {
            case DARK -> around.foreground(AttributedStyle.CYAN);
            case LIGHT -> around.foreground(AttributedStyle.MAGENTA);
            case HIGH_CONTRAST -> around.bold();
        };
    }

    AttributedStyle codeBlock() {
        return switch (this) {
            case DARK -> PLAIN.foreground(AttributedStyle.YELLOW);
            case LIGHT -> PLAIN.foreground(AttributedStyle.BLUE);
            case HIGH_CONTRAST -> PLAIN.bold();
        };
    }

    /** Example labels, the presenter's prompt. */
    public AttributedStyle accent() {
        return this == HIGH_CONTRAST ? PLAIN.bold() : PLAIN.bold().foreground(AttributedStyle.GREEN);
    }

    /** A banner's frame. */
    public AttributedStyle frame() {
        return switch (this) {
            case DARK -> PLAIN.bold().foreground(AttributedStyle.CYAN);
            case LIGHT -> PLAIN.bold().foreground(AttributedStyle.BLUE);
            case HIGH_CONTRAST -> PLAIN.bold();
        };
    }

    /** A banner's label line (which lesson, which step). */
    public AttributedStyle label() {
        return switch (this) {
            case DARK -> PLAIN.bold().foreground(AttributedStyle.YELLOW);
            case LIGHT -> PLAIN.bold().foreground(AttributedStyle.MAGENTA);
            case HIGH_CONTRAST -> PLAIN.bold().underline();
        };
    }

    /** Asides: rules, observed facts, the presenter's notes. */
    public AttributedStyle faint() {
        return this == HIGH_CONTRAST ? PLAIN : PLAIN.faint();
    }

    public AttributedStyle ok() {
        return this == HIGH_CONTRAST ? PLAIN.bold() : PLAIN.bold().foreground(AttributedStyle.GREEN);
    }

    public AttributedStyle problem() {
        return this == HIGH_CONTRAST ? PLAIN.bold().underline() : PLAIN.bold().foreground(AttributedStyle.RED);
    }

    /** A check that could not be judged. */
    AttributedStyle unknown() {
        return switch (this) {
            case DARK -> PLAIN.bold().foreground(AttributedStyle.YELLOW);
            case LIGHT -> PLAIN.bold().foreground(AttributedStyle.MAGENTA);
            case HIGH_CONTRAST -> PLAIN.bold();
        };
    }
}
