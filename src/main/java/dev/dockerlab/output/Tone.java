package dev.dockerlab.output;

import org.jline.utils.AttributedStyle;

/** What a piece of output means, and so how it looks when colour is on. */
public enum Tone {
    OK(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold()),
    WARN(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW)),
    ERROR(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold()),
    FAINT(AttributedStyle.DEFAULT.faint()),
    BOLD(AttributedStyle.BOLD),
    CODE(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));

    private final AttributedStyle style;

    Tone(AttributedStyle style) {
        this.style = style;
    }

    public AttributedStyle style() {
        return style;
    }
}
