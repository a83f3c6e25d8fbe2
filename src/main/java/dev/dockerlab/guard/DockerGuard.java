package dev.dockerlab.guard;

import dev.dockerlab.lesson.Resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Guards the daemon from lesson code, even a trusted course's: each lesson's
 * scripts, command checks and hint commands reach Docker through a proxy of
 * their own (DOCKER_HOST set to its socket, in a folder only this user can
 * open), which refuses to remove, rename, retag or prune what the lesson
 * does not declare and its code did not make. Only a daemon on a Unix socket
 * is guarded: for a TCP or TLS daemon there is no guard, and lesson code
 * reaches the daemon as the user's own commands do.
 */
public final class DockerGuard implements AutoCloseable {

    private final Path folder;
    private final Upstream upstream;
    private final Map<String, GuardProxy> proxies = new LinkedHashMap<>();

    private DockerGuard(Path folder, Upstream upstream) {
        this.folder = folder;
        this.upstream = upstream;
    }

    /** A guard for the daemon at this endpoint; empty when it is not a Unix socket. */
    public static Optional<DockerGuard> forEndpoint(URI endpoint) {
        if (!"unix".equals(endpoint.getScheme())) {
            return Optional.empty();
        }
        try {
            Path folder = Files.createTempDirectory("dockerlab-guard-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            folder.toFile().deleteOnExit();
            return Optional.of(new DockerGuard(folder, new Upstream(Path.of(endpoint.getPath()))));
        } catch (IOException cannotMakeFolder) {
            throw new UncheckedIOException(cannotMakeFolder);
        }
    }

    /**
     * The variables the lesson's code runs with: DOCKER_HOST at the lesson's
     * proxy, started on first use.
     *
     * @param declared what the lesson declares; empty keeps what an earlier call
     *                 declared (a command check knows only the lesson's id), or none
     */
    public synchronized Map<String, String> environment(String lesson, Optional<Resources> declared) {
        GuardProxy proxy = proxies.get(lesson);
        if (proxy == null) {
            Path socket = folder.resolve("lesson-" + (proxies.size() + 1) + ".sock");
            try {
                proxy = new GuardProxy(socket, upstream, new GuardRules(lesson, declared.orElse(Resources.NONE), upstream));
            } catch (IOException cannotListen) {
                throw new UncheckedIOException(cannotListen);
            }
            socket.toFile().deleteOnExit();
            proxies.put(lesson, proxy);
        } else {
            declared.ifPresent(proxy.rules()::declare);
        }
        // DOCKER_HOST wins over a docker context; no TLS is spoken to the guard's socket
        return Map.of("DOCKER_HOST", "unix://" + proxy.socket(), "DOCKER_CONTEXT", "", "DOCKER_TLS_VERIFY", "");
    }

    @Override
    public synchronized void close() {
        for (GuardProxy proxy : proxies.values()) {
            try {
                proxy.close();
            } catch (IOException alreadyGone) {
                // the socket file is in our private folder, removed with it at exit
            }
        }
        proxies.clear();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // removed at exit
        }
    }
}
