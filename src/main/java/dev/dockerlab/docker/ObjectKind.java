package dev.dockerlab.docker;

/** The kinds of Docker object a lesson may declare. */
public enum ObjectKind {
    CONTAINER, VOLUME, IMAGE;

    public String word() {
        return name().toLowerCase();
    }
}
