package dev.dockerlab.cli;

/** A mistake in what the user asked for; its message is printed as it is, with exit status 2. */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserError(String sentence) {
        super(sentence);
    }
}
