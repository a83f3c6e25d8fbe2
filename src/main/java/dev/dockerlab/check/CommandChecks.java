package dev.dockerlab.check;

import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.Quoting;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

/**
 * Runs a command check's shell line and judges its exit status and output; a
 * line that runs out of time while the daemon is silent ends the evaluation.
 */
final class CommandChecks {

    private CommandChecks() {
    }

    static Verdict check(CommandAssertion assertion, Shell shell) {
        ShellResult result = shell.command(assertion.command());
        if (result.timedOut()) {
            return Verdict.unknown(Quoting.quote(assertion.command()) + " " + result.ending());
        }
        String said = CommandOutput.said(result);
        String seen = Quoting.quote(assertion.command()) + (result.succeeded() ? " succeeded and " : " failed (status "
                + result.status() + ") and ") + said;
        boolean holds = switch (assertion.kind()) {
            case SUCCEEDS -> result.succeeded();
            case FAILS -> !result.succeeded();
            case FAILS_WITH -> !result.succeeded() && assertion.said(result.output());
            case OUTPUT_CONTAINS -> assertion.said(result.output());
        };
        return Verdict.of(holds, seen);
    }
}
