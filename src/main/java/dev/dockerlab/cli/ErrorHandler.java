package dev.dockerlab.cli;

import dev.dockerlab.bundle.BundleException;
import dev.dockerlab.docker.DaemonFailures;
import dev.dockerlab.docker.LabImageException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns what a command throws into one sentence and an exit status. A stack
 * trace is shown only when DOCKERLAB_DEBUG is set: a learner's mistake or a
 * stopped daemon is not a crash.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (debug) {
            failure.printStackTrace(err);
        }
        int status;
        String sentence;
        if (failure instanceof UserError || failure instanceof BundleException) {
            status = ExitCode.BAD_INPUT;
            sentence = failure.getMessage();
        } else if (failure instanceof LabImageException) {
            status = ExitCode.NO_DAEMON;
            sentence = failure.getMessage();
        } else if (DaemonFailures.asUnavailable(failure).isPresent()) {
            status = ExitCode.NO_DAEMON;
            sentence = DaemonFailures.asUnavailable(failure).orElseThrow().getMessage();
        } else {
            status = ExitCode.NOT_OK;
            sentence = "internal error: " + failure + " (set DOCKERLAB_DEBUG=1 to see where)";
        }
        err.println(command.getColorScheme().errorText("dockerlab: " + sentence));
        err.flush();
        return status;
    }
}
