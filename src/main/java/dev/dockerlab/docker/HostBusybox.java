package dev.dockerlab.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a statically linked busybox on this host: the one named, else Debian's busybox-static. */
final class HostBusybox {

    private static final List<Path> USUAL_PLACES = List.of(
            Path.of("/bin/busybox"), Path.of("/usr/bin/busybox"), Path.of("/usr/local/bin/busybox"));

    private HostBusybox() {
    }

    static Optional<Path> find(Optional<Path> named) {
        List<Path> candidates = named.map(List::of).orElse(USUAL_PLACES);
        return candidates.stream()
                .filter(Files::isRegularFile)
                .filter(StaticBinary::isStaticElf)
                .findFirst();
    }
}
