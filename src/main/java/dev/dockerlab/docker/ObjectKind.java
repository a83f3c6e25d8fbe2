package dev.dockerlab.docker;

import java.util.Locale;

/** The kinds of Docker object a lesson may declare. */
public enum ObjectKind {
    CONTAINER, VOLUME, IMAGE;

    /** "container": Locale.ROOT, so a Turkish default locale does not write "contaıner" into the ownership ledger. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Engine API's collection for this kind: "containers", "volumes", "images". */
    String collection() {
        return word() + "s";
    }
}
