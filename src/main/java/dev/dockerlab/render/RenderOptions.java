package dev.dockerlab.render;

/**
 * How lesson text is laid out: the terminal's width in columns, and whether
 * it may be styled (off for NO_COLOR, --no-color and dumb terminals).
 */
public record RenderOptions(int width, boolean color) {

    /** The width used when the output has none, as when it is redirected to a file or a pipe. */
    public static final int DEFAULT_WIDTH = 80;

    public RenderOptions {
        if (width <= 0) {
            width = DEFAULT_WIDTH;
        }
    }
}
