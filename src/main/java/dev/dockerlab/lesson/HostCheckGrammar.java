package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.HostAssertion;

import static dev.dockerlab.model.HostAssertion.Kind.*;

/** {@code host PATH ...} lines. */
final class HostCheckGrammar implements CheckGrammar {

    private static final VerbTable<HostAssertion> VERBS = new VerbTable<HostAssertion>("host")
            .verb("exists", (path, in) -> new HostAssertion(path, EXISTS, null))
            .verb("is absent", (path, in) -> new HostAssertion(path, ABSENT, null))
            .verb("is a directory", (path, in) -> new HostAssertion(path, IS_DIRECTORY, null))
            .verb("is a file", (path, in) -> new HostAssertion(path, IS_FILE, null))
            .verb("contains", (path, in) -> new HostAssertion(path, CONTAINS, in.quoted()));

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("a host path"), in);
    }
}
