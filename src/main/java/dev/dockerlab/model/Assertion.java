package dev.dockerlab.model;

import java.util.function.UnaryOperator;

/**
 * One parsed check line: a claim about the daemon's state, the host, or what
 * the learner typed. Its sentence is the checklist text the learner reads.
 * Code that treats each kind of claim its own way does so through a
 * {@link Visitor}, so a new kind is a compile error until every such place
 * handles it.
 */
public sealed interface Assertion
        permits ContainerAssertion, VolumeAssertion, ImageAssertion, HostAssertion,
                ArchiveAssertion, TypedAssertion, CommandAssertion, Negation {

    /** The plain checklist sentence, e.g. "container web is running". */
    String sentence();

    <R> R accept(Visitor<R> visitor);

    /**
     * The same claim with {@code text} applied to its quoted strings (the
     * contents, messages and shell lines a line quotes), where a run's
     * ${TOKEN} may stand; names and paths are left as they are.
     */
    Assertion withText(UnaryOperator<String> text);

    interface Visitor<R> {
        R container(ContainerAssertion container);

        R volume(VolumeAssertion volume);

        R image(ImageAssertion image);

        R host(HostAssertion host);

        R archive(ArchiveAssertion archive);

        R typed(TypedAssertion typed);

        R command(CommandAssertion command);

        R negation(Negation negation);
    }
}
