package dev.dockerlab.classroom.client;

import java.net.URI;
import java.util.Optional;

/**
 * The class this learner is in: the server, the join code and the name they
 * joined with, and, once the server has answered, the learner id and key it
 * gave (a rejoin after a restart sends them back, to stay the same learner)
 * and the class's title.
 */
record Membership(URI server, String code, String name, Optional<String> learner, Optional<String> key,
                  Optional<String> title) {

    /** Asked for, not answered yet. */
    static Membership pending(URI server, String code, String name) {
        return new Membership(server, code, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    boolean joined() {
        return key.isPresent();
    }

    boolean sameClass(URI otherServer, String otherCode) {
        return server.equals(otherServer) && code.equals(otherCode);
    }

    Membership joinedAs(String learnerId, String secret, String classTitle) {
        return new Membership(server, code, name, Optional.of(learnerId), Optional.of(secret), Optional.of(classTitle));
    }

    Membership named(String newName) {
        return new Membership(server, code, newName, learner, key, title);
    }

    /** The key was refused: the next join asks as a new learner. */
    Membership forgotten() {
        return new Membership(server, code, name, Optional.empty(), Optional.empty(), title);
    }

    /** The class's title once known, else its code. */
    String shownTitle() {
        return title.orElse(code);
    }
}
