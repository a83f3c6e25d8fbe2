package dev.dockerlab.docker;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "A script of this process is running since T, on this daemon, and may make
 * these declared objects": written to the ledger, and to the disk, before a
 * setup or solution runs, and closed once what appeared is recorded. One that
 * is never closed (dockerlab or the daemon was killed) lets the next run claim
 * the declared objects made inside its window, and only those: an object that
 * existed when the intent was written (its identity is in {@code before}) or
 * that was made outside the window is never claimed.
 *
 * @param daemon         the daemon the script ran against, as {@link DaemonIdentity} names it
 * @param pid            the process that wrote the intent
 * @param processStarted when that process started, so a reused pid is not taken for it (null when unknown)
 * @param until          the end of the window: the script's end when known ({@code ended}), else the latest it can end
 * @param before         the identities of the declared objects that existed when the intent was written
 */
public record RunIntent(String id, String daemon, long pid, Instant processStarted, Instant since, Instant until,
                        boolean ended, Map<ObjectKind, Set<String>> declared, Set<String> before) {

    /**
     * What a script may still do after its time limit: the shell kills it then and
     * waits a few seconds for it to go.
     */
    static final Duration GRACE = Duration.ofSeconds(30);

    /** Whether the process that wrote an intent is still running. */
    @FunctionalInterface
    public interface Processes {

        Processes THIS_MACHINE = (pid, started) -> ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> started == null || process.info().startInstant().map(started::equals).orElse(true))
                .orElse(false);

        boolean alive(long pid, Instant started);
    }

    public RunIntent {
        EnumMap<ObjectKind, Set<String>> copy = new EnumMap<>(ObjectKind.class);
        declared.forEach((kind, names) -> copy.put(kind, Set.copyOf(names)));
        declared = copy;
        before = Set.copyOf(before);
    }

    /** The intent of this process to run a script of at most {@code limit}, starting now. */
    public static RunIntent open(String daemon, Map<ObjectKind, List<String>> declared, Set<String> before, Instant now,
                                 Duration limit) {
        ProcessHandle self = ProcessHandle.current();
        EnumMap<ObjectKind, Set<String>> names = new EnumMap<>(ObjectKind.class);
        declared.forEach((kind, list) -> names.put(kind, Set.copyOf(list)));
        return new RunIntent(UUID.randomUUID().toString(), daemon, self.pid(), self.info().startInstant().orElse(null),
                now, now.plus(limit).plus(GRACE), false, names, before);
    }

    /** The same intent, its script known to have ended at {@code when}: the window closes there. */
    public RunIntent endedAt(Instant when) {
        return new RunIntent(id, daemon, pid, processStarted, since, when.isBefore(until) ? when : until, true, declared, before);
    }

    /**
     * A script that will record nothing more itself: it ended without recording
     * (the daemon went away), its time is up, or its process is gone.
     */
    public boolean abandoned(Instant now, Processes processes) {
        return ended || now.isAfter(until) || !processes.alive(pid, processStarted);
    }

    /**
     * Whether this intent's script made the object. Docker gives a volume's
     * creation in whole seconds, so the window opens at the second the intent
     * was written; {@code before} keeps out what existed in that second.
     */
    public boolean made(String daemon, ObjectKind kind, String name, String identity, Instant created) {
        return this.daemon.equals(daemon)
                && declared.getOrDefault(kind, Set.of()).contains(name)
                && !before.contains(identity)
                && !created.isBefore(since.truncatedTo(ChronoUnit.SECONDS))
                && !created.isAfter(until);
    }

    /** Every object this intent may claim is one of {@code names} on {@code daemon}: looking at those answers it whole. */
    public boolean answeredBy(String daemon, Map<ObjectKind, List<String>> names) {
        return this.daemon.equals(daemon) && declared.entrySet().stream()
                .allMatch(entry -> names.getOrDefault(entry.getKey(), List.of()).containsAll(entry.getValue()));
    }

    /** The creation time the daemon gives, if it gives one. */
    public static Optional<Instant> parseCreated(String text) {
        try {
            Instant created = java.time.OffsetDateTime.parse(text).toInstant();
            return created.isAfter(Instant.EPOCH) ? Optional.of(created) : Optional.empty();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
