package dev.dockerlab.failure;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;

/**
 * The one place a failure becomes words: a {@link Failure} is its sentence,
 * the daemon going away in the middle of work is said like a daemon missing at
 * start, the daemon refusing a request (400, 404) is the user's input, and
 * anything else is a bug, said as such. The stack trace is shown
 * only when DOCKERLAB_DEBUG is set: a user's mistake or a stopped daemon is
 * not a crash.
 */
public final class FailureReport {

    private final boolean debug;

    public FailureReport(Map<String, String> env) {
        this.debug = env.containsKey("DOCKERLAB_DEBUG");
    }

    /**
     * The failure as one the user can act on, or empty for a bug. docker-java's
     * transport reports a refused connection or a timeout as a RuntimeException
     * around an IOException: that is the daemon stopping.
     */
    public static Optional<Failure> readable(Throwable failure) {
        if (failure instanceof Failure readable) {
            return Optional.of(readable);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DaemonSilent silent) {
                return Optional.of(new DockerUnavailable(silent.getMessage(), failure));
            }
            if (cause instanceof Failure readable) {
                return Optional.of(readable);
            }
            if (cause instanceof BadRequestException || cause instanceof NotFoundException) {
                return Optional.of(new BadInput("The Docker daemon refused what was asked: "
                        + daemonWords((DockerException) cause) + ".", failure));
            }
            if (cause instanceof IOException io && fromTheTransport(io)) {
                return Optional.of(new DockerUnavailable("The Docker daemon stopped answering (" + io.getMessage()
                        + "); is it still running? scripts/docker-up starts it.", failure));
            }
        }
        return Optional.empty();
    }

    /**
     * The daemon's own message from docker-java's "Status 400: {"message":"..."}".
     * A 400 or 404 that reaches the top came from what the user named (an image
     * reference, a tag in a bundle's manifest), so it is theirs to fix, not a bug.
     */
    private static String daemonWords(DockerException refused) {
        String message = String.valueOf(refused.getMessage()).strip();
        int json = message.indexOf("{\"message\":\"");
        String words = json >= 0 ? message.substring(json + "{\"message\":\"".length()).replaceAll("\"}\\s*$", "") : message;
        return words.replaceAll("\\.$", "");
    }

    /** One sentence for any failure. */
    public static String sentence(Throwable failure) {
        return readable(failure).map(Throwable::getMessage)
                .orElseGet(() -> "internal error: " + failure + " (set DOCKERLAB_DEBUG=1 to see where)");
    }

    /** Where the failure came from, when DOCKERLAB_DEBUG asks for it. */
    public void trace(Throwable failure, PrintWriter out) {
        if (debug) {
            failure.printStackTrace(out);
            out.flush();
        }
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
