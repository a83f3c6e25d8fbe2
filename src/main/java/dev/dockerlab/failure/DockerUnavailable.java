package dev.dockerlab.failure;

/**
 * Docker cannot give the lab what it needs: no daemon answers (or it answers
 * in a way dockerlab cannot use, or it stopped answering), or the lab image is
 * missing and cannot be made. The message says what to do.
 */
public final class DockerUnavailable extends Failure {

    private static final long serialVersionUID = 1L;

    public DockerUnavailable(String sentence) {
        super(sentence, null);
    }

    public DockerUnavailable(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
