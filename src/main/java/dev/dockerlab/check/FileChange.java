package dev.dockerlab.check;

import java.time.Instant;

/**
 * When one path of a container last changed, as far as it can be read: to the
 * nanosecond from an overlay2 upper layer on this host or from stat in the
 * container, else to the second, as the archive API's tar headers carry it.
 */
record FileChange(String path, Instant changed, boolean toTheSecond) {

    enum Order { BEFORE, AFTER, UNTOLD }

    /** Whether the change came before {@code started}; a time to the second in the start's second cannot tell. */
    Order against(Instant started) {
        if (!toTheSecond) {
            return changed.isBefore(started) ? Order.BEFORE : Order.AFTER;
        }
        long second = changed.getEpochSecond();
        return second < started.getEpochSecond() ? Order.BEFORE
                : second > started.getEpochSecond() ? Order.AFTER : Order.UNTOLD;
    }
}
