package dev.dockerlab.docker;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.util.Optional;

/**
 * Recognises the daemon going away in the middle of work: docker-java's
 * transport reports a refused connection or a timeout as a RuntimeException
 * around an IOException. Said as one sentence, like a daemon missing at start.
 */
public final class DaemonFailures {

    private DaemonFailures() {
    }

    public static Optional<DaemonUnavailableException> asUnavailable(Throwable failure) {
        if (failure instanceof DaemonUnavailableException unavailable) {
            return Optional.of(unavailable);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && fromTheTransport(io)) {
                return Optional.of(new DaemonUnavailableException("The Docker daemon stopped answering (" + io.getMessage()
                        + "); is it still running? scripts/docker-up starts it.", failure));
            }
        }
        return Optional.empty();
    }

    /** A socket that failed, or an I/O error raised inside docker-java: not a damaged file of the learner's. */
    private static boolean fromTheTransport(IOException io) {
        if (io instanceof SocketException || io instanceof InterruptedIOException) {
            return true;
        }
        StackTraceElement[] where = io.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("com.github.dockerjava");
    }
}
