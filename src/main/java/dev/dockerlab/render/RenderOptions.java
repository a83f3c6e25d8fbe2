package dev.dockerlab.render;

/**
 * How lesson text is laid out: the terminal's width in columns, whether
 * it may be styled (off for NO_COLOR, --no-color and dumb terminals), the
 * colours it is styled with, and whether a line of code wider than the
 * terminal is broken at spaces (a projector, where nobody copies it) or kept
 * whole for copying (a learner's terminal).
 */
public record RenderOptions(int width, boolean color, Theme theme, boolean breakWideCode) {

    /** The width used when the output has none, as when it is redirected to a file or a pipe. */
    public static final int DEFAULT_WIDTH = 80;

    public RenderOptions {
        if (width <= 0) {
            width = DEFAULT_WIDTH;
        }
    }

    /** Code kept whole, in the dark theme: a learner's terminal. */
    public RenderOptions(int width, boolean color) {
        this(width, color, Theme.DARK, false);
    }
}
