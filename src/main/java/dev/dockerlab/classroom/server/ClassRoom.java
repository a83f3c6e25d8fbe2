package dev.dockerlab.classroom.server;

import dev.dockerlab.classroom.ClassEvent;
import dev.dockerlab.classroom.EventsReply;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One class: its learners, built from its log and kept in step with it.
 * Every change is written to the log before it is applied, so what the
 * instructor saw survives a restart. One lock guards the class.
 */
final class ClassRoom implements AutoCloseable {

    private final String code;
    private final EventLog log;
    private final ServerOptions.Limits limits;
    private final Map<String, LearnerState> learners = new LinkedHashMap<>();
    private final Set<ExerciseKey> exercises = new TreeSet<>();

    ClassRoom(String code, EventLog log, ServerOptions.Limits limits) {
        this.code = code;
        this.log = log;
        this.limits = limits;
        log.replay().forEach(this::apply);
    }

    String code() {
        return code;
    }

    synchronized Collection<LearnerState> learners() {
        return List.copyOf(learners.values());
    }

    /** The learner of an earlier join, when its id and key hash match; else empty. */
    synchronized LearnerState rejoin(String learnerId, String keyHash, String name, Instant now) {
        LearnerState learner = learners.get(learnerId);
        if (learner == null || !Secrets.same(keyHash, learner.keyHash)) {
            return null;
        }
        if (!learner.name.equals(name)) {
            record(LogEntry.joined(learnerId, now.toEpochMilli(), name, keyHash));
        }
        return learner;
    }

    synchronized LearnerState join(String learnerId, String name, String keyHash, Instant now) {
        if (learners.size() >= limits.maxLearnersPerClass()) {
            throw new Refusal(403, "class " + code + " is full (" + limits.maxLearnersPerClass() + " learners).", 0);
        }
        record(LogEntry.joined(learnerId, now.toEpochMilli(), name, keyHash));
        return learners.get(learnerId);
    }

    /** Keeps the events with a seq the learner has not sent yet; answers how many and the last seq held. */
    synchronized EventsReply accept(LearnerState learner, List<ClassEvent> events, Instant now) {
        List<ClassEvent> fresh = events.stream().filter(event -> event.seq() > learner.lastSeq).toList();
        if (!fresh.isEmpty()) {
            record(LogEntry.events(learner.id, now.toEpochMilli(), fresh));
        }
        return new EventsReply(fresh.size(), learner.lastSeq);
    }

    private void record(LogEntry entry) {
        log.append(entry);
        apply(entry);
    }

    private void apply(LogEntry entry) {
        Instant received = Instant.ofEpochMilli(entry.receivedAt());
        if (entry.isJoin()) {
            LearnerState known = learners.get(entry.learner());
            if (known == null) {
                learners.put(entry.learner(), new LearnerState(entry.learner(), entry.name(), entry.keyHash(), received));
            } else {
                known.name = entry.name();
            }
            return;
        }
        LearnerState learner = learners.get(entry.learner());
        if (learner == null || entry.events() == null) {
            return;
        }
        for (ClassEvent event : entry.events()) {
            if (event.seq() > learner.lastSeq) {
                learner.apply(event, happenedAt(event, received), tracks(event));
            }
        }
    }

    /** Whether the event's exercise gets a column: known ones do, new ones while the class has room for them. */
    private boolean tracks(ClassEvent event) {
        if (event.lesson() == null || event.exercise() == null) {
            return false;
        }
        ExerciseKey key = new ExerciseKey(event.lesson(), event.exercise());
        if (exercises.contains(key)) {
            return true;
        }
        if (exercises.size() >= limits.maxExercisesPerClass()) {
            return false;
        }
        exercises.add(key);
        return true;
    }

    /**
     * When the learner says it happened (events queued while the server was
     * away keep their time), but never later than it arrived: a learner's
     * clock ahead of the server's must not make time run backwards.
     */
    private static Instant happenedAt(ClassEvent event, Instant received) {
        if (event.at() == null) {
            return received;
        }
        try {
            Instant at = Instant.parse(event.at());
            return at.isAfter(received) ? received : at;
        } catch (DateTimeParseException notATime) {
            return received;
        }
    }

    synchronized ClassView view(Instant now, Duration stuckAfter) {
        return ClassViews.of(code, exercises, learners.values(), now, stuckAfter);
    }

    @Override
    public void close() {
        log.close();
    }
}
