package dev.dockerlab.lesson;

import static dev.dockerlab.check.CommandAssertion.Kind.*;

import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.CommandAssertion;

/** {@code command "SHELL" ...} lines. */
final class CommandCheckGrammar implements CheckGrammar {

    private static final VerbTable<CommandAssertion> VERBS = new VerbTable<CommandAssertion>("command")
            .verb("succeeds", (command, in) -> new CommandAssertion(command, SUCCEEDS, null))
            .verb("fails", (command, in) -> new CommandAssertion(command, FAILS, null))
            .verb("fails with", (command, in) -> new CommandAssertion(command, FAILS_WITH, in.quoted()))
            .verb("output contains", (command, in) -> new CommandAssertion(command, OUTPUT_CONTAINS, in.quoted()));

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.quoted(), in);
    }
}
