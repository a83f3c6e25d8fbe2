package dev.dockerlab.lesson;

import dev.dockerlab.model.MountAccess;

/** The optional access word that ends a mount check; {@code ro}/{@code rw} are accepted as docker spells them. */
final class MountAccessWords {

    private MountAccessWords() {
    }

    static MountAccess read(TokenCursor in) {
        if (in.accept("read-only") || in.accept("ro")) {
            return MountAccess.READ_ONLY;
        }
        if (in.accept("read-write") || in.accept("rw")) {
            return MountAccess.READ_WRITE;
        }
        return MountAccess.ANY;
    }
}
