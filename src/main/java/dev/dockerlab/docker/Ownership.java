package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockerlab.progress.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ledger of Docker objects dockerlab saw appear while it ran a lesson
 * (verify, the REPL, a solution), kept in a small JSON file and written as
 * each one appears, so a run that is killed half-way still knows them as its
 * own. Objects are known by identity, not name: a container by ID, a volume by
 * name and creation time, an image by ID, so a learner's later object of the
 * same name is never mistaken for dockerlab's.
 */
public final class Ownership {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<ObjectKind, TreeSet<String>> owned = new EnumMap<>(ObjectKind.class);

    private Ownership(Path file) {
        this.file = file;
        for (ObjectKind kind : ObjectKind.values()) {
            owned.put(kind, new TreeSet<>());
        }
    }

    /** Reads the ledger; a missing or unreadable one starts empty (an unreadable one is set aside). */
    public static Ownership load(Path file) {
        Ownership ledger = new Ownership(file);
        if (!Files.isRegularFile(file)) {
            return ledger;
        }
        try {
            Map<?, ?> stored = JSON.readValue(file.toFile(), Map.class);
            for (ObjectKind kind : ObjectKind.values()) {
                if (stored.get(kind.word() + "s") instanceof Iterable<?> identities) {
                    identities.forEach(identity -> ledger.owned.get(kind).add(String.valueOf(identity)));
                }
            }
        } catch (IOException corrupt) {
            setAside(file);
        }
        return ledger;
    }

    private static void setAside(Path file) {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis()));
        } catch (IOException cannotMove) {
            // an unreadable ledger that cannot be moved is overwritten at the next record
        }
    }

    public synchronized boolean owns(ObjectKind kind, String identity) {
        return owned.get(kind).contains(identity);
    }

    /** Records that dockerlab made this object, and writes the ledger now. */
    public synchronized void record(ObjectKind kind, String identity) {
        if (!owned.get(kind).contains(identity)) {
            update(kind, identity, true);
        }
    }

    /** Forgets an object once it is removed. */
    public synchronized void forget(ObjectKind kind, String identity) {
        if (owned.get(kind).contains(identity)) {
            update(kind, identity, false);
        }
    }

    /**
     * Applies one change to the ledger as it is on disk now, not as this
     * process read it: a verify and a REPL running at once both keep what they
     * recorded. (Two writes in the same instant can still cross; the window is
     * one small file's read and rename.)
     */
    private void update(ObjectKind kind, String identity, boolean owns) {
        Ownership current = load(file);
        current.owned.forEach((each, identities) -> {
            owned.get(each).clear();
            owned.get(each).addAll(identities);
        });
        if (owns) {
            owned.get(kind).add(identity);
        } else {
            owned.get(kind).remove(identity);
        }
        save();
    }

    private void save() {
        Map<String, Object> stored = new java.util.LinkedHashMap<>();
        owned.forEach((kind, identities) -> stored.put(kind.word() + "s", identities));
        try {
            AtomicFile.write(file, JSON.writeValueAsString(stored));
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException("cannot write " + file + ": " + cannotWrite.getMessage(), cannotWrite);
        }
    }
}
