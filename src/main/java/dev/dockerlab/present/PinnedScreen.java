package dev.dockerlab.present;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

import java.util.List;
import java.util.function.Consumer;

/**
 * A terminal's screen in three parts for one step, so a projector audience
 * never loses the task: the header and task pinned at the top, the checklist
 * pinned at the bottom, and between them a scroll region (DECSTBM, the
 * terminal's {@code csr}) where commands and their output scroll, even output
 * written by the commands themselves. A terminal without scroll regions, or
 * too small to keep a few rows for the commands, gets no pins: the step flows.
 * {@link #release()} gives the whole screen back; it runs before every page,
 * at the end and when the presentation stops for any reason (a shutdown
 * hook's thread among them, hence the locking). A terminal resized during a
 * step keeps the step's rows until the next page lays them out again.
 */
final class PinnedScreen {

    /** The fewest rows the commands and their output may scroll in. */
    static final int MIN_MIDDLE_ROWS = 6;

    private final Terminal terminal;
    private int bottomRows;
    private boolean pinned;

    private PinnedScreen(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The terminal's screen, or null when it cannot keep a scroll region. */
    static PinnedScreen of(Terminal terminal) {
        boolean capable = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && terminal.getStringCapability(Capability.change_scroll_region) != null
                && terminal.getStringCapability(Capability.cursor_address) != null
                && terminal.getStringCapability(Capability.save_cursor) != null
                && terminal.getStringCapability(Capability.restore_cursor) != null;
        return capable ? new PinnedScreen(terminal) : null;
    }

    /** Whether the top and a bottom of this many rows leave the commands enough rows; {@code bottom} may be 0. */
    boolean fits(int top, int bottom) {
        return terminal.getHeight() > 0 && top + bottom + MIN_MIDDLE_ROWS <= terminal.getHeight();
    }

    /**
     * Clears the screen, shows {@code top} there and keeps it, and keeps
     * {@code bottom} rows at the foot for {@link #drawBottom}; the cursor
     * waits at the first row in between. The caller has checked that they {@link #fits}.
     */
    synchronized void pin(List<String> top, int bottom, Consumer<String> print) {
        release();
        terminal.puts(Capability.clear_screen);
        terminal.flush();
        top.forEach(print);
        int height = terminal.getHeight();
        this.bottomRows = bottom;
        terminal.puts(Capability.change_scroll_region, top.size(), height - 1 - bottom);
        // setting the region homes the cursor
        terminal.puts(Capability.cursor_address, top.size(), 0);
        terminal.flush();
        pinned = true;
    }

    /** Whether a pinned bottom is there to draw on. */
    boolean hasBottom() {
        return pinned && bottomRows > 0;
    }

    /**
     * Draws the lines in the bottom rows, the rows left over blank; lines
     * past the rows kept are left out, the last row saying so. The cursor
     * goes back where the commands left it.
     */
    synchronized void drawBottom(List<String> lines, String more, Consumer<String> show) {
        int height = terminal.getHeight();
        terminal.puts(Capability.save_cursor);
        for (int row = 0; row < bottomRows; row++) {
            terminal.puts(Capability.cursor_address, height - bottomRows + row, 0);
            terminal.puts(Capability.clr_eol);
            terminal.flush();
            boolean last = row == bottomRows - 1;
            if (last && lines.size() > bottomRows) {
                show.accept(more);
            } else if (row < lines.size()) {
                show.accept(lines.get(row));
            }
        }
        terminal.puts(Capability.restore_cursor);
        terminal.flush();
    }

    /** The whole screen scrolls again; the cursor on a fresh line at its foot, under what was pinned. */
    synchronized void release() {
        if (!pinned) {
            return;
        }
        pinned = false;
        int height = terminal.getHeight();
        terminal.puts(Capability.change_scroll_region, 0, height - 1);
        terminal.puts(Capability.cursor_address, height - 1, 0);
        terminal.writer().println();
        terminal.flush();
    }
}
