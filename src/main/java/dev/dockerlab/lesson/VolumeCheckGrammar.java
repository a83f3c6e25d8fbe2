package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.VolumeAssertion;

/** {@code volume NAME ...} lines. */
final class VolumeCheckGrammar implements CheckGrammar {

    private static final VerbTable<VolumeAssertion> VERBS = new VerbTable<VolumeAssertion>("volume")
            .verb("exists", (name, in) -> new VolumeAssertion.Presence(name, true))
            .verb("is absent", (name, in) -> new VolumeAssertion.Presence(name, false))
            .verb("is used by", (name, in) -> new VolumeAssertion.UsedBy(name, in.word("a container name")))
            .verb("is unused", (name, in) -> new VolumeAssertion.Unused(name))
            .verb("has label", VolumeCheckGrammar::label)
            .verb("has file", (name, in) -> new VolumeAssertion.File(name, in.word("a path"), FileClaim.exists()))
            .verb("has no file", (name, in) -> new VolumeAssertion.File(name, in.word("a path"), FileClaim.missing()))
            .verb("file", VolumeCheckGrammar::fileContains)
            .verb("is the one from the start", (name, in) -> new VolumeAssertion.Identity(name, true))
            .verb("is not the one from the start", (name, in) -> new VolumeAssertion.Identity(name, false));

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("a volume name"), in);
    }

    private static VolumeAssertion label(String name, TokenCursor in) throws CheckSyntaxException {
        String label = in.word("a label KEY=VALUE");
        int equals = label.indexOf('=');
        if (equals <= 0) {
            throw new CheckSyntaxException("expected a label KEY=VALUE after 'has label', found '" + label + "'");
        }
        return new VolumeAssertion.Label(name, label.substring(0, equals), label.substring(equals + 1));
    }

    private static VolumeAssertion fileContains(String name, TokenCursor in) throws CheckSyntaxException {
        String path = in.word("a path");
        in.expect("contains");
        return new VolumeAssertion.File(name, path, FileClaim.contains(in.quoted()));
    }
}
