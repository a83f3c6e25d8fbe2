package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.ImageAssertion;

/** {@code image REF ...} lines. */
final class ImageCheckGrammar implements CheckGrammar {

    private static final VerbTable<ImageAssertion> VERBS = new VerbTable<ImageAssertion>("image")
            .verb("exists", (reference, in) -> new ImageAssertion.Presence(reference, true))
            .verb("is absent", (reference, in) -> new ImageAssertion.Presence(reference, false))
            .verb("declares volume", (reference, in) -> new ImageAssertion.DeclaresVolume(reference, in.word("a path")))
            .verb("has file", (reference, in) -> new ImageAssertion.File(reference, in.word("a path"), FileClaim.exists()))
            .verb("has no file", (reference, in) -> new ImageAssertion.File(reference, in.word("a path"),
                    FileClaim.missing()))
            .verb("file", ImageCheckGrammar::fileContains);

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("an image reference"), in);
    }

    private static ImageAssertion fileContains(String reference, TokenCursor in) throws CheckSyntaxException {
        String path = in.word("a path");
        in.expect("contains");
        return new ImageAssertion.File(reference, path, FileClaim.contains(in.quoted()));
    }
}
