package dev.dockerlab.classroom.client;

import dev.dockerlab.classroom.ClassProtocol;
import dev.dockerlab.classroom.client.LearnerEvents.Note;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Sends the outbox to the class server on a thread of its own, oldest event
 * first, in batches the server takes (at most 100 events, well under its 64
 * KiB). It joins first when the session could not; waits longer each time
 * the server does not answer (1 s, doubling to 8 s) and as long as a busy
 * server asks; and rejoins when the server no longer knows the key. A resend
 * after a lost answer is harmless: the server keeps one event per seq.
 * Nothing it meets reaches the prompt except a line of news, when the server
 * goes away, comes back, or refuses the class.
 */
final class EventSender {

    static final int MOST_EVENTS = ClassProtocol.MAX_EVENTS_PER_REQUEST;
    /** Well under the server's limit: the envelope and a cut long event still fit. */
    static final int MOST_BYTES = ClassProtocol.MAX_BODY_BYTES * 3 / 4;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(8);
    private static final Duration IDLE_LOOK = Duration.ofSeconds(30);

    private final ClassApi server;
    private final Outbox outbox;
    private final MembershipFile file;
    private final AtomicReference<Membership> membership;
    private final ConcurrentLinkedQueue<Note> news = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();
    private volatile boolean away;
    private volatile boolean toldAway;
    private volatile boolean ended;
    private volatile String trouble = "";
    private volatile int dropped;
    private boolean wakeful;
    private boolean stopping;
    private int failures;
    private int refusedKeys;
    private int mostEvents = MOST_EVENTS;
    private Thread thread;

    EventSender(ClassApi server, Outbox outbox, MembershipFile file, Membership membership) {
        this.server = server;
        this.outbox = outbox;
        this.file = file;
        this.membership = new AtomicReference<>(membership);
    }

    /** What one step of sending came to. */
    private sealed interface Outcome {
    }

    /** Nothing left to send. */
    private record Idle() implements Outcome {
    }

    /** Something was done: go on at once. */
    private record Progress() implements Outcome {
    }

    private record Wait(Duration time) implements Outcome {
    }

    /** The server refused the class: no more sending. */
    private record Ended() implements Outcome {
    }

    void start() {
        thread = new Thread(this::loop, "dockerlab-class-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** An event was queued: send it soon. */
    void wake() {
        synchronized (signal) {
            wakeful = true;
            signal.notifyAll();
        }
    }

    /** Stops the thread, waiting for it briefly; what it did not send stays in the outbox. */
    void stop() {
        if (thread == null) {
            return;
        }
        synchronized (signal) {
            stopping = true;
            signal.notifyAll();
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException leaving) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /**
     * Sends on the caller's thread until nothing is left, the server does not
     * answer or the time is up: as a session ends, after {@link #stop}.
     *
     * @return whether the outbox is empty now
     */
    boolean drain(Duration time) {
        Instant end = Instant.now().plus(time);
        while (Instant.now().isBefore(end)) {
            Outcome outcome = step();
            if (outcome instanceof Idle) {
                return true;
            }
            if (!(outcome instanceof Progress)) {
                return false;
            }
        }
        return false;
    }

    Membership membership() {
        return membership.get();
    }

    /** Whether the server answered the last time it was asked. */
    boolean away() {
        return away;
    }

    /** Whether the server refused the class: then nothing is sent any more. */
    boolean ended() {
        return ended;
    }

    /** Events the server refused to take, and were let go so the rest could go on. */
    int dropped() {
        return dropped;
    }

    /** Lines for the learner since the last call. */
    List<Note> news() {
        List<Note> lines = new ArrayList<>();
        for (Note note = news.poll(); note != null; note = news.poll()) {
            lines.add(note);
        }
        return lines;
    }

    /** The learner was told at the start that the server does not answer: say when it does. */
    void toldAway() {
        away = true;
        toldAway = true;
    }

    private void loop() {
        while (!stopping()) {
            Outcome outcome = step();
            if (outcome instanceof Ended) {
                return;
            }
            if (outcome instanceof Idle) {
                pause(IDLE_LOOK, true);
            } else if (outcome instanceof Wait wait) {
                pause(wait.time(), false);
            }
        }
    }

    private boolean stopping() {
        synchronized (signal) {
            return stopping;
        }
    }

    /** Waits the time, or until stopped; an idle wait ends early when an event is queued. */
    private void pause(Duration time, boolean idle) {
        long end = System.nanoTime() + time.toNanos();
        synchronized (signal) {
            if (idle && wakeful) {
                wakeful = false;
                return;
            }
            try {
                for (long left = end - System.nanoTime(); left > 0 && !stopping && !(idle && wakeful); left = end - System.nanoTime()) {
                    signal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            wakeful = false;
        }
    }

    private Outcome step() {
        if (ended) {
            return new Ended();
        }
        try {
            Membership current = membership.get();
            return current.joined() ? send(current) : join(current);
        } catch (IOException | RuntimeException cannot) {
            // the outbox or the membership file could not be read or written (a full disk): try again later
            trouble = "cannot use the class files in the state folder: " + cannot.getMessage();
            return new Wait(nextWait());
        }
    }

    private Outcome join(Membership current) throws IOException {
        ClassApi.JoinAnswer answer = server.join(current);
        if (answer instanceof ClassApi.Joined joined) {
            remember(current.joinedAs(joined.learner(), joined.key(), joined.title()));
            answered();
            return new Progress();
        }
        if (answer instanceof ClassApi.Refused refused) {
            if (refused.status() == 401 && current.key().isPresent()) {
                remember(current.forgotten());
                return new Progress();
            }
            end(refused.sentence());
            return new Ended();
        }
        return notAnswered(((ClassApi.Away) answer).why());
    }

    private Outcome send(Membership current) throws IOException {
        List<Outbox.Queued> batch = outbox.oldest(mostEvents, MOST_BYTES);
        if (batch.isEmpty()) {
            return new Idle();
        }
        Set<Long> seqs = batch.stream().map(Outbox.Queued::seq).collect(Collectors.toSet());
        ClassApi.PostAnswer answer = server.post(current.key().orElseThrow(), batch.stream().map(Outbox.Queued::json).toList());
        if (answer instanceof ClassApi.Accepted) {
            outbox.remove(seqs);
            mostEvents = MOST_EVENTS;
            refusedKeys = 0;
            answered();
            return new Progress();
        }
        if (answer instanceof ClassApi.Unauthorized) {
            // the server forgot this learner (a new server, a class started afresh): join again, as a new learner if need be
            remember(current.forgotten());
            return ++refusedKeys > 2 ? new Wait(nextWait()) : new Progress();
        }
        if (answer instanceof ClassApi.RetryLater later) {
            return new Wait(later.after());
        }
        if (answer instanceof ClassApi.Refused refused) {
            answered();
            if (refused.status() == 413 && batch.size() > 1) {
                mostEvents = Math.max(1, batch.size() / 2);
                return new Progress();
            }
            // a batch the server will never take must not hold back every event after it
            outbox.remove(seqs);
            dropped += batch.size();
            trouble = "the class server refused " + batch.size() + (batch.size() == 1 ? " event" : " events") + ": " + refused.sentence();
            return new Progress();
        }
        return notAnswered(((ClassApi.Away) answer).why());
    }

    private void remember(Membership next) throws IOException {
        membership.set(next);
        file.save(next);
    }

    private void answered() {
        failures = 0;
        trouble = "";
        if (away && toldAway) {
            news.add(new Note(Note.Kind.OK, "The class server at " + membership.get().server()
                    + " answers again; your queued progress is sent."));
        }
        away = false;
        toldAway = false;
    }

    private Outcome notAnswered(String why) {
        trouble = "the class server at " + membership.get().server() + " does not answer (" + why + ")";
        if (!away) {
            news.add(new Note(Note.Kind.WARNING, ClassClient.awaySentence(membership.get().server())));
            toldAway = true;
        }
        away = true;
        return new Wait(nextWait());
    }

    private Duration nextWait() {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures, 3));
        failures++;
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void end(String sentence) throws IOException {
        ended = true;
        Membership gone = membership.get();
        news.add(new Note(Note.Kind.WARNING, sentence(sentence) + " You go on without the class " + gone.shownTitle() + "."));
        outbox.clear();
        file.delete();
    }

    static String sentence(String text) {
        String plain = text.strip();
        return plain.isEmpty() ? "" : Character.toUpperCase(plain.charAt(0)) + plain.substring(1) + (plain.matches(".*[.!?]$") ? "" : ".");
    }

    Optional<String> lastTrouble() {
        return trouble.isEmpty() ? Optional.empty() : Optional.of(trouble);
    }
}
