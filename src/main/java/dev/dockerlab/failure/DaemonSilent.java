package dev.dockerlab.failure;

import java.io.InterruptedIOException;

/**
 * The daemon stopped answering in the middle of a response that is read as a
 * stream (an archive, a log): an IOException, as readers of a stream expect,
 * whose message is already the sentence for the screen.
 */
public final class DaemonSilent extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    public DaemonSilent(String sentence) {
        super(sentence);
    }
}
