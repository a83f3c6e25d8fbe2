package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;

import java.io.IOException;

/** A daemon that answered: the client to talk to it, where it is, and what it is. */
public record DockerConnection(DockerClient client, Endpoint endpoint, Version version, String apiVersion)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a connection pool cannot lose anything the learner cares about
        }
    }
}
