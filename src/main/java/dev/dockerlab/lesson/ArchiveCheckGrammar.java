package dev.dockerlab.lesson;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;

import static dev.dockerlab.model.ArchiveAssertion.Kind.*;

/** {@code archive PATH ...} lines. */
final class ArchiveCheckGrammar implements CheckGrammar {

    private static final VerbTable<ArchiveAssertion> VERBS = new VerbTable<ArchiveAssertion>("archive")
            .verb("has entry", (path, in) -> new ArchiveAssertion(path, HAS_ENTRY, in.word("an entry name"), null))
            .verb("entry", ArchiveCheckGrammar::entryContains);

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("an archive path"), in);
    }

    private static ArchiveAssertion entryContains(String path, TokenCursor in) throws CheckSyntaxException {
        String entry = in.word("an entry name");
        in.expect("contains");
        return new ArchiveAssertion(path, ENTRY_CONTAINS, entry, in.quoted());
    }
}
