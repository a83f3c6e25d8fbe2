package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ledger of Docker objects dockerlab made while it ran a lesson (verify,
 * the REPL, a solution), kept in a small JSON file. Objects are known by
 * identity, not name: a container by ID, a volume by name and creation time,
 * an image by ID, so a learner's later object of the same name is never
 * mistaken for dockerlab's.
 *
 * <p>A run killed at any instant must not leave objects the next run refuses
 * as "maybe yours". So before a script runs, a {@link RunIntent} is written and
 * flushed to the disk; the objects that appeared are recorded when it ends and
 * the intent is closed. An intent that was never closed lets a later run claim
 * what its script made ({@link #claimInterrupted}).
 *
 * <p>Each object is tagged with the daemon it lives on, so that entries whose
 * objects that daemon no longer has can be forgotten ({@link #forgetGone}) without
 * forgetting another daemon's (a ledger must not grow forever).
 */
public final class Ownership {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Threads of one process take the file lock in turn: the JVM refuses a second overlapping lock. */
    private static final Object IN_PROCESS = new Object();

    /** A declared object as the daemon shows it now. */
    public record Sighting(ObjectKind kind, String name, String identity, Instant created) {
    }

    private final Path file;
    private final Map<ObjectKind, TreeSet<String>> owned = new EnumMap<>(ObjectKind.class);
    /** identity to the daemon it lives on; entries of older ledgers have none. */
    private final Map<String, String> daemons = new TreeMap<>();
    private final List<RunIntent> runs = new ArrayList<>();

    private Ownership(Path file) {
        this.file = file;
        for (ObjectKind kind : ObjectKind.values()) {
            owned.put(kind, new TreeSet<>());
        }
    }

    /** Reads the ledger; a missing or unreadable one starts empty (an unreadable one is set aside). */
    public static Ownership load(Path file) {
        Ownership ledger = new Ownership(file);
        ledger.read();
        return ledger;
    }

    public synchronized boolean owns(ObjectKind kind, String identity) {
        return owned.get(kind).contains(identity);
    }

    /** The intents of scripts not known to have finished: running now, or killed. */
    public synchronized List<RunIntent> openRuns() {
        return List.copyOf(runs);
    }

    /** Records that dockerlab made this object on that daemon, and writes the ledger now. */
    public synchronized void record(ObjectKind kind, String identity, String daemon) {
        if (!owned.get(kind).contains(identity) || !daemon.equals(daemons.get(identity))) {
            change(ledger -> ledger.add(kind, identity, daemon));
        }
    }

    /** Forgets an object once it is removed. */
    public synchronized void forget(ObjectKind kind, String identity) {
        if (owned.get(kind).contains(identity)) {
            change(ledger -> {
                ledger.owned.get(kind).remove(identity);
                ledger.daemons.remove(identity);
            });
        }
    }

    /** Writes the intent and flushes it to the disk before the script it announces may run. */
    public synchronized void open(RunIntent intent) {
        change(ledger -> ledger.runs.add(intent));
    }

    /** The script ended and what it made is recorded: the intent has nothing more to claim. */
    public synchronized void close(RunIntent intent) {
        change(ledger -> ledger.runs.removeIf(run -> run.id().equals(intent.id())));
    }

    /** The script ended at {@code when} but what it made could not be recorded: a later run claims it. */
    public synchronized void ended(RunIntent intent, Instant when) {
        change(ledger -> ledger.runs.replaceAll(run -> run.id().equals(intent.id()) ? run.endedAt(when) : run));
    }

    /**
     * Claims each sighted object that an abandoned intent's script made, then
     * drops the abandoned intents these sightings answer whole: {@code looked}
     * is every name that was looked up on {@code daemon}, found or not.
     *
     * @return the identities claimed now
     */
    public synchronized Set<String> claimInterrupted(String daemon, Collection<Sighting> sightings,
                                                     Map<ObjectKind, List<String>> looked, Instant now,
                                                     RunIntent.Processes processes) {
        List<RunIntent> abandoned = runs.stream().filter(run -> run.abandoned(now, processes)).toList();
        if (abandoned.isEmpty()) {
            return Set.of();
        }
        return update(ledger -> {
            Set<String> claimed = new HashSet<>();
            for (Sighting seen : sightings) {
                boolean made = ledger.runs.stream().filter(run -> run.abandoned(now, processes)).anyMatch(run ->
                        run.made(daemon, seen.kind(), seen.name(), seen.identity(), seen.created()));
                if (made && !ledger.owned.get(seen.kind()).contains(seen.identity())) {
                    ledger.add(seen.kind(), seen.identity(), daemon);
                    claimed.add(seen.identity());
                }
            }
            ledger.runs.removeIf(run -> run.abandoned(now, processes) && run.answeredBy(daemon, looked));
            return claimed;
        });
    }

    /**
     * The objects recorded on {@code daemon}, by identity, to look up when
     * forgetting the gone ones ({@link #forgetGone}). Entries of older
     * ledgers, which named no daemon, are not among them: no daemon can say
     * they are gone.
     */
    public synchronized Map<String, ObjectKind> recordedOn(String daemon) {
        Map<String, ObjectKind> found = new TreeMap<>();
        owned.forEach((kind, identities) -> identities.stream()
                .filter(identity -> daemon.equals(daemons.get(identity)))
                .forEach(identity -> found.put(identity, kind)));
        return found;
    }

    /** Forgets objects their daemon no longer has, in one write. */
    public synchronized void forgetGone(Collection<String> gone) {
        if (!gone.isEmpty()) {
            change(ledger -> gone.forEach(identity -> {
                ledger.daemons.remove(identity);
                ledger.owned.values().forEach(identities -> identities.remove(identity));
            }));
        }
    }

    private void add(ObjectKind kind, String identity, String daemon) {
        owned.get(kind).add(identity);
        daemons.put(identity, daemon);
    }

    /**
     * Applies one change to the ledger as it is on disk now, not as this
     * process read it, under a lock on a file beside it: a verify and a REPL
     * running at once both keep what they wrote.
     */
    private void change(Consumer<Ownership> change) {
        update(ledger -> {
            change.accept(ledger);
            return null;
        });
    }

    private <T> T update(Function<Ownership, T> change) {
        synchronized (IN_PROCESS) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = lockFile.lock()) {
                    read();
                    T result = change.apply(this);
                    save();
                    return result;
                }
            } catch (IOException cannotWrite) {
                throw new UncheckedIOException("cannot write " + file + ": " + cannotWrite.getMessage(), cannotWrite);
            }
        }
    }

    private void read() {
        owned.values().forEach(Set::clear);
        daemons.clear();
        runs.clear();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode stored = JSON.readTree(file.toFile());
            for (ObjectKind kind : ObjectKind.values()) {
                stored.path(kind.collection()).forEach(identity -> owned.get(kind).add(identity.asText()));
            }
            stored.path("daemons").fields().forEachRemaining(entry -> daemons.put(entry.getKey(), entry.getValue().asText()));
            stored.path("runs").forEach(run -> runs.add(intent(run)));
        } catch (IOException | RuntimeException corrupt) {
            owned.values().forEach(Set::clear);
            daemons.clear();
            runs.clear();
            setAside(file);
        }
    }

    private static void setAside(Path file) {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis()));
        } catch (IOException cannotMove) {
            // an unreadable ledger that cannot be moved is overwritten at the next record
        }
    }

    /**
     * Whole or not at all (a temp file, then a rename), and on the disk before
     * this returns: an intent must outlive a crash of the machine's daemon or
     * of dockerlab right after it is written.
     */
    private void save() throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(StandardCharsets.UTF_8.encode(JSON.writeValueAsString(stored())));
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException folderCannotSync) {
                // some file systems cannot sync a folder; the rename is then as durable as they make it
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ObjectNode stored() {
        ObjectNode stored = JSON.createObjectNode();
        owned.forEach((kind, identities) -> identities.forEach(stored.putArray(kind.collection())::add));
        ObjectNode tags = stored.putObject("daemons");
        daemons.forEach(tags::put);
        ArrayNode open = stored.putArray("runs");
        runs.forEach(run -> open.add(json(run)));
        return stored;
    }

    private static ObjectNode json(RunIntent run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", run.id());
        node.put("daemon", run.daemon());
        node.put("pid", run.pid());
        if (run.processStarted() != null) {
            node.put("processStarted", run.processStarted().toString());
        }
        node.put("since", run.since().toString());
        node.put("until", run.until().toString());
        node.put("ended", run.ended());
        ObjectNode declared = node.putObject("declared");
        run.declared().forEach((kind, names) -> new TreeSet<>(names).forEach(declared.putArray(kind.collection())::add));
        new TreeSet<>(run.before()).forEach(node.putArray("before")::add);
        return node;
    }

    private static RunIntent intent(JsonNode node) {
        Map<ObjectKind, Set<String>> declared = new LinkedHashMap<>();
        for (ObjectKind kind : ObjectKind.values()) {
            Set<String> names = new HashSet<>();
            node.path("declared").path(kind.collection()).forEach(name -> names.add(name.asText()));
            declared.put(kind, names);
        }
        Set<String> before = new HashSet<>();
        node.path("before").forEach(identity -> before.add(identity.asText()));
        return new RunIntent(text(node, "id"), text(node, "daemon"), node.path("pid").asLong(),
                node.hasNonNull("processStarted") ? Instant.parse(node.path("processStarted").asText()) : null,
                Instant.parse(text(node, "since")), Instant.parse(text(node, "until")), node.path("ended").asBoolean(),
                declared, before);
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("a run in the ledger has no " + field);
        }
        return node.path(field).asText();
    }
}
