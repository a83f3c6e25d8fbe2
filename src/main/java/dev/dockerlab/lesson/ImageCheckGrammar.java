package dev.dockerlab.lesson;

import static dev.dockerlab.check.ImageAssertion.Kind.*;

import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.ImageAssertion;

/** {@code image REF ...} lines. */
final class ImageCheckGrammar implements CheckGrammar {

    private static final VerbTable<ImageAssertion> VERBS = new VerbTable<ImageAssertion>("image")
            .verb("exists", (reference, in) -> ImageAssertion.of(reference, EXISTS))
            .verb("is absent", (reference, in) -> ImageAssertion.of(reference, ABSENT))
            .verb("declares volume", (reference, in) -> new ImageAssertion(reference, DECLARES_VOLUME,
                    in.word("a path"), null))
            .verb("has file", (reference, in) -> new ImageAssertion(reference, HAS_FILE, in.word("a path"), null))
            .verb("has no file", (reference, in) -> new ImageAssertion(reference, HAS_NO_FILE,
                    in.word("a path"), null))
            .verb("file", ImageCheckGrammar::fileContains);

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("an image reference"), in);
    }

    private static ImageAssertion fileContains(String reference, TokenCursor in) throws CheckSyntaxException {
        String path = in.word("a path");
        in.expect("contains");
        return new ImageAssertion(reference, FILE_CONTAINS, path, in.quoted());
    }
}
