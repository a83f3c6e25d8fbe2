package dev.dockerlab.cli;

/** The exit statuses every command uses. */
public final class ExitCode {

    /** Everything asked for holds. */
    public static final int OK = 0;
    /** The command ran, and what it checked does not hold (a failing check, a failed verify, doctor not ok). */
    public static final int NOT_OK = 1;
    /** The user's input is wrong: usage, a lesson file with problems, an unknown lesson. */
    public static final int BAD_INPUT = 2;
    /** No Docker daemon answers, or the lab image cannot be made. */
    public static final int NO_DAEMON = 3;

    private ExitCode() {
    }
}
