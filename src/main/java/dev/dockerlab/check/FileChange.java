package dev.dockerlab.check;

import java.time.Instant;

/**
 * When one path of a container last changed, as far as it can be read: to the
 * nanosecond from an overlay2 upper layer on this host, else to the second,
 * as the archive API's tar headers carry it.
 */
record FileChange(String path, Instant changed, boolean toTheSecond) {

    /** Whether the change came before {@code started}; a change in the same second counts as before. */
    boolean before(Instant started) {
        return toTheSecond ? changed.getEpochSecond() <= started.getEpochSecond() : changed.isBefore(started);
    }
}
