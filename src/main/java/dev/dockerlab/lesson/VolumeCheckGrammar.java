package dev.dockerlab.lesson;

import static dev.dockerlab.check.VolumeAssertion.Kind.*;

import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.VolumeAssertion;

/** {@code volume NAME ...} lines. */
final class VolumeCheckGrammar implements CheckGrammar {

    private static final VerbTable<VolumeAssertion> VERBS = new VerbTable<VolumeAssertion>("volume")
            .verb("exists", (name, in) -> VolumeAssertion.of(name, EXISTS))
            .verb("is absent", (name, in) -> VolumeAssertion.of(name, ABSENT))
            .verb("is used by", (name, in) -> new VolumeAssertion(name, USED_BY, null,
                    in.word("a container name"), null))
            .verb("is unused", (name, in) -> VolumeAssertion.of(name, UNUSED))
            .verb("has label", VolumeCheckGrammar::label)
            .verb("has file", (name, in) -> new VolumeAssertion(name, HAS_FILE, in.word("a path"), null, null))
            .verb("has no file", (name, in) -> new VolumeAssertion(name, HAS_NO_FILE, in.word("a path"), null, null))
            .verb("file", VolumeCheckGrammar::fileContains);

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
        return new VolumeAssertion(name, HAS_LABEL, null, label.substring(0, equals), label.substring(equals + 1));
    }

    private static VolumeAssertion fileContains(String name, TokenCursor in) throws CheckSyntaxException {
        String path = in.word("a path");
        in.expect("contains");
        return new VolumeAssertion(name, FILE_CONTAINS, path, null, in.quoted());
    }
}
