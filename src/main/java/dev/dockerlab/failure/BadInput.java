package dev.dockerlab.failure;

/**
 * What the user asked for cannot be done as asked: an unknown lesson, a
 * bundle file that is missing, not a dockerlab bundle, unsafe or damaged.
 * The command line ends with exit status 2.
 */
public final class BadInput extends Failure {

    private static final long serialVersionUID = 1L;

    public BadInput(String sentence) {
        super(sentence, null);
    }

    public BadInput(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
