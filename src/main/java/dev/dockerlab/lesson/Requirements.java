package dev.dockerlab.lesson;

/** What the daemon must offer for a lesson to apply; null storageDriver means any. */
public record Requirements(String storageDriver) {

    public static final Requirements NONE = new Requirements(null);
}
