package dev.dockerlab.lesson;

/**
 * A check line that does not follow the grammar. The message is the whole
 * report for the lesson author, so no stack trace is recorded.
 */
public final class CheckSyntaxException extends Exception {

    public CheckSyntaxException(String message) {
        super(message, null, false, false);
    }
}
