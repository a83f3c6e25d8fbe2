package dev.dockerlab.cli;

import dev.dockerlab.failure.BadInput;
import dev.dockerlab.failure.Failure;
import dev.dockerlab.failure.FailureReport;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Optional;

/** What a command throws as the report's one sentence, and an exit status by the kind of failure. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final FailureReport report;

    ErrorHandler(FailureReport report) {
        this.report = report;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        report.trace(failure, err);
        err.println(command.getColorScheme().errorText("dockerlab: " + FailureReport.sentence(failure)));
        err.flush();
        return status(FailureReport.readable(failure));
    }

    private static int status(Optional<Failure> readable) {
        if (readable.isEmpty()) {
            return ExitCode.NOT_OK;
        }
        // Failure is sealed: BadInput or DockerUnavailable
        return readable.get() instanceof BadInput ? ExitCode.BAD_INPUT : ExitCode.NO_DAEMON;
    }
}
