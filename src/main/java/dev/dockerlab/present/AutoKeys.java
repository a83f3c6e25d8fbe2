package dev.dockerlab.present;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * No presenter: every command runs as soon as it is typed, and each step
 * stays on screen for the pause before the next. On a terminal, a key pressed
 * during the pause still counts: space skips the rest of it, b goes back, q
 * quits.
 */
final class AutoKeys implements Keys {

    private static final Duration GLANCE = Duration.ofMillis(1);

    private final Duration pause;
    private final TerminalKeys terminal;

    /** @param terminal the keyboard that may interrupt, or null */
    AutoKeys(Duration pause, TerminalKeys terminal) {
        this.pause = pause;
        this.terminal = terminal;
    }

    @Override
    public Key next(Moment moment) {
        Duration wait = moment == Moment.STEP_END ? pause : Duration.ZERO;
        if (terminal != null) {
            return terminal.within(wait.isZero() ? GLANCE : wait).orElse(Key.NEXT);
        }
        sleep(wait);
        return Key.NEXT;
    }

    @Override
    public int onNormalTerminal(IntSupplier command) {
        return terminal != null ? terminal.onNormalTerminal(command) : command.getAsInt();
    }

    private static void sleep(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
