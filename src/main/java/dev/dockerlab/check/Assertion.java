package dev.dockerlab.check;

/**
 * One parsed check line: a claim about the daemon's state, the host, or what
 * the learner typed. Its sentence is the checklist text the learner reads.
 */
public sealed interface Assertion
        permits ContainerAssertion, VolumeAssertion, ImageAssertion, HostAssertion,
                ArchiveAssertion, TypedAssertion, CommandAssertion, Negation {

    /** The plain checklist sentence, e.g. "container web is running". */
    String sentence();
}
