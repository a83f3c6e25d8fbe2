package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;

/** The grammar of the check lines about one subject, read after the subject word. */
interface CheckGrammar {

    Assertion read(TokenCursor in) throws CheckSyntaxException;
}
