package dev.dockerlab.docker;

/**
 * No daemon answers, or it answers in a way dockerlab cannot use. The message
 * is one readable sentence meant for the learner's screen as it is.
 */
public final class DaemonUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DaemonUnavailableException(String sentence) {
        super(sentence);
    }

    public DaemonUnavailableException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
