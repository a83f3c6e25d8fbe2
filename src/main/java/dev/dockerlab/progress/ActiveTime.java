package dev.dockerlab.progress;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time a learner spends on a lesson, as /progress reports it: active time.
 * Two kinds of stretch alternate. Waiting at the prompt (reading, thinking,
 * typing) counts up to {@link #IDLE_CAP}, so a learner who walks away is not
 * charged for the break. Handling a line (a command running, an interactive
 * container, a setup, a slash command) counts in full, however long: the
 * learner is at work. The first stretch starts when the session opens, so
 * reading the first step counts too. Seconds are reported whole and the
 * fraction carried to the next report, so nothing is lost to rounding.
 */
public final class ActiveTime {

    public static final Duration IDLE_CAP = Duration.ofMinutes(5);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final LongSupplier nanoClock;
    private long stretchStart;
    private long countedNanos;

    /** @param nanoClock a monotonic clock in nanoseconds, e.g. {@code System::nanoTime} */
    public ActiveTime(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.stretchStart = nanoClock.getAsLong();
    }

    /** A line came in after a wait at the prompt: the wait counts up to the cap. @return whole seconds to add */
    public long lineTyped() {
        long now = nanoClock.getAsLong();
        countedNanos += Math.min(now - stretchStart, IDLE_CAP.toNanos());
        stretchStart = now;
        return takeWholeSeconds();
    }

    /** The line (or the session's opening) has been handled: all of that counts. @return whole seconds to add */
    public long handled() {
        long now = nanoClock.getAsLong();
        countedNanos += now - stretchStart;
        stretchStart = now;
        return takeWholeSeconds();
    }

    private long takeWholeSeconds() {
        long seconds = countedNanos / NANOS_PER_SECOND;
        countedNanos -= seconds * NANOS_PER_SECOND;
        return seconds;
    }
}
