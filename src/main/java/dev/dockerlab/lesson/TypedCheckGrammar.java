package dev.dockerlab.lesson;

import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.TypedAssertion;

/** {@code typed "TEXT"} lines. */
final class TypedCheckGrammar implements CheckGrammar {

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return new TypedAssertion(in.quoted());
    }
}
