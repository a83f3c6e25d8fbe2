package dev.dockerlab.bundle;

/**
 * A bundle file that cannot be written or used: missing, not a dockerlab
 * bundle, unsafe or damaged. The message is one sentence for the screen.
 */
public final class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BundleException(String sentence) {
        super(sentence);
    }

    public BundleException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
