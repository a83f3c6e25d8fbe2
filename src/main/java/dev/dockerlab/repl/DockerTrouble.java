package dev.dockerlab.repl;

import dev.dockerlab.bundle.BundleException;
import dev.dockerlab.docker.DaemonFailures;
import dev.dockerlab.docker.LabImageException;

import java.util.Optional;

/**
 * The failures that mean "Docker is not there for this yet" (no daemon, no lab
 * image), as the sentence to tell the learner. Showing a step goes on without
 * Docker; anything else is a bug and is not swallowed here.
 */
final class DockerTrouble {

    private DockerTrouble() {
    }

    static Optional<String> sentence(RuntimeException failure) {
        if (failure instanceof LabImageException || failure instanceof BundleException) {
            return Optional.of(failure.getMessage());
        }
        return DaemonFailures.asUnavailable(failure).map(Exception::getMessage);
    }
}
