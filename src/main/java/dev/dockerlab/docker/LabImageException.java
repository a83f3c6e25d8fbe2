package dev.dockerlab.docker;

/** The lab image is missing and could not be made; the message says what to do. */
public final class LabImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabImageException(String sentence) {
        super(sentence);
    }

    public LabImageException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
