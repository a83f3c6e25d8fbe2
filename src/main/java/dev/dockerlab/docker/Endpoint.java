package dev.dockerlab.docker;

import java.net.URI;

/**
 * Where a daemon may answer, and how dockerlab came to it ("DOCKER_HOST",
 * "docker context colima", "rootless socket"). An explicit endpoint is one the
 * user chose (DOCKER_HOST, a context): when it does not answer, dockerlab says
 * so instead of trying others behind the user's back.
 */
public record Endpoint(URI uri, String source, boolean explicit) {

    public boolean isUnixSocket() {
        return "unix".equals(uri.getScheme());
    }

    public String describe() {
        return uri + " (" + source + ")";
    }
}
