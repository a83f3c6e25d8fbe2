package dev.dockerlab.repl;

import dev.dockerlab.failure.Failure;
import dev.dockerlab.failure.FailureReport;

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
        return FailureReport.readable(failure).map(Failure::getMessage);
    }
}
