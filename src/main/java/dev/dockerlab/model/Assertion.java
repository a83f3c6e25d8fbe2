package dev.dockerlab.model;

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
