package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;

import java.util.ArrayList;
import java.util.List;

import static dev.dockerlab.model.CommandAssertion.Kind.*;

/** {@code command "SHELL" ...} lines. */
final class CommandCheckGrammar implements CheckGrammar {

    private static final VerbTable<CommandAssertion> VERBS = new VerbTable<CommandAssertion>("command")
            .verb("succeeds", (command, in) -> new CommandAssertion(command, SUCCEEDS, List.of()))
            .verb("fails", (command, in) -> new CommandAssertion(command, FAILS, List.of()))
            .verb("fails with", (command, in) -> new CommandAssertion(command, FAILS_WITH, alternatives(in)))
            .verb("output contains", (command, in) -> new CommandAssertion(command, OUTPUT_CONTAINS, alternatives(in)));

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.quoted(), in);
    }

    /** {@code "T"} or {@code "T1" or "T2" ...}: each engine's phrasing of one message. */
    private static List<String> alternatives(TokenCursor in) throws CheckSyntaxException {
        List<String> texts = new ArrayList<>();
        texts.add(in.quoted());
        while (in.accept("or")) {
            texts.add(in.quoted());
        }
        return texts;
    }
}
