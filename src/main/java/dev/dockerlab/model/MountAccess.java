package dev.dockerlab.model;

/** What a mount check says about writability; ANY when the line names neither. */
public enum MountAccess {
    ANY(""), READ_ONLY(" read-only"), READ_WRITE(" read-write");

    private final String suffix;

    MountAccess(String suffix) {
        this.suffix = suffix;
    }

    /** The words this access adds to a sentence, with a leading space, or nothing. */
    public String suffix() {
        return suffix;
    }

    public boolean accepts(boolean readWrite) {
        return this == ANY || (this == READ_WRITE) == readWrite;
    }
}
