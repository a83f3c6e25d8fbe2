package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.failure.FailureReport;

import java.io.IOException;

/**
 * A daemon that answered: the client to talk to it, where it is, and what it
 * is; how long to wait on it, and whether it has since fallen silent.
 */
public record DockerConnection(DockerClient client, Endpoint endpoint, Version version, String apiVersion,
                               TimeLimits limits, DaemonSilence silence) implements AutoCloseable {

    /** True while the daemon's last answer was a silence (see {@link DaemonSilence}). */
    public boolean fellSilent() {
        return silence.fell();
    }

    /**
     * Returns when the daemon answers a ping within the first-contact bound;
     * else throws its one sentence, naming the daemon and what to do.
     */
    public void ensureAnswering() {
        try {
            client.pingCmd().exec();
        } catch (DockerUnavailable silent) {
            throw silent;
        } catch (RuntimeException failure) {
            throw FailureReport.readable(failure).orElseThrow(() -> failure);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a connection pool cannot lose anything the learner cares about
        }
    }
}
