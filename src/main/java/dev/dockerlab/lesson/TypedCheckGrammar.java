package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.TypedAssertion;

/** {@code typed "TEXT"} lines. */
final class TypedCheckGrammar implements CheckGrammar {

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return new TypedAssertion(in.quoted());
    }
}
