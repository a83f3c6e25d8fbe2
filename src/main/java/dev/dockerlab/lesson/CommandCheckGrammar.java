package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;

import static dev.dockerlab.model.CommandAssertion.Kind.*;

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
