package dev.dockerlab.docker;

/**
 * Whether the daemon's last answer was a silence: a request that ran out of
 * its bound, not yet followed by one that was answered. While it lasts, plain
 * questions get the short bound of a ping, and a long-lived front end (the
 * REPL) opens a new client rather than trust this one.
 */
public final class DaemonSilence {

    private volatile boolean fell;

    void fellSilent() {
        fell = true;
    }

    void answered() {
        fell = false;
    }

    public boolean fell() {
        return fell;
    }
}
