package dev.dockerlab.failure;

/**
 * A failure the user can act on, whose message is one sentence for the screen
 * as it is: every layer throws one of these, and {@link FailureReport} is the
 * one place that turns any failure, these or a bug, into words.
 */
public abstract sealed class Failure extends RuntimeException permits BadInput, DockerUnavailable {

    private static final long serialVersionUID = 1L;

    Failure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
