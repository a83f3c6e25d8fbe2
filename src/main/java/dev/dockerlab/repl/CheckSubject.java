package dev.dockerlab.repl;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.VolumeAssertion;

import java.util.Optional;

/**
 * The one object a check line is about: the container, volume, image or host
 * path it names first ("container cow-web uses image X" is about cow-web).
 * Typed and command checks name no object.
 */
final class CheckSubject {

    private CheckSubject() {
    }

    static Optional<String> of(Assertion assertion) {
        if (assertion instanceof Negation negation) {
            return of(negation.inner());
        }
        if (assertion instanceof ContainerAssertion container) {
            return Optional.of("container " + container.name());
        }
        if (assertion instanceof VolumeAssertion volume) {
            return Optional.of("volume " + volume.name());
        }
        if (assertion instanceof ImageAssertion image) {
            return Optional.of("image " + image.reference());
        }
        if (assertion instanceof HostAssertion host) {
            return Optional.of("host " + host.path());
        }
        if (assertion instanceof ArchiveAssertion archive) {
            return Optional.of("host " + archive.path());
        }
        return Optional.empty();
    }
}
