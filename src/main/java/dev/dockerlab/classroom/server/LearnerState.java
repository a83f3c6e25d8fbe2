package dev.dockerlab.classroom.server;

import dev.dockerlab.classroom.ClassEvent;
import dev.dockerlab.classroom.EventType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One learner as the events tell it: the exercise it is on and since when,
 * when it last made progress (a new exercise, more checks passing, one done),
 * and its progress per exercise. Guarded by its class's lock.
 */
final class LearnerState {

    final String id;
    final String keyHash;
    final Instant joinedAt;
    String name;
    long lastSeq;
    boolean left;
    ExerciseKey current;
    Instant currentSince;
    Instant lastProgress;
    int hints;
    int solutions;
    /** The learner's last command, only when it opted in to share them. */
    String lastCommand;
    final Map<ExerciseKey, ExerciseProgress> exercises = new TreeMap<>();

    LearnerState(String id, String name, String keyHash, Instant joinedAt) {
        this.id = id;
        this.name = name;
        this.keyHash = keyHash;
        this.joinedAt = joinedAt;
    }

    /** Applies an event that happened at {@code at}; {@code known} says whether its exercise may be tracked. */
    void apply(ClassEvent event, Instant at, boolean known) {
        lastSeq = Math.max(lastSeq, event.seq());
        if (event.command() != null) {
            lastCommand = event.command();
        }
        switch (event.type()) {
            case JOINED -> left = false;
            case LEFT -> {
                left = true;
                current = null;
            }
            case STEP, JUDGED, HINT, SOLUTION, DONE -> {
                left = false;
                if (event.lesson() == null || event.exercise() == null || !known) {
                    if (event.type() == EventType.STEP) {
                        current = null;
                    }
                    return;
                }
                onExercise(event, new ExerciseKey(event.lesson(), event.exercise()), at);
            }
        }
    }

    private void onExercise(ClassEvent event, ExerciseKey key, Instant at) {
        ExerciseProgress progress = exercises.computeIfAbsent(key, k -> new ExerciseProgress());
        if (event.exerciseTitle() != null) {
            progress.title = event.exerciseTitle();
        }
        if (!key.equals(current)) {
            current = key;
            currentSince = at;
            lastProgress = at;
        }
        switch (event.type()) {
            case JUDGED -> judged(event, progress, at);
            case HINT -> {
                progress.hints++;
                hints++;
            }
            case SOLUTION -> {
                progress.solutions++;
                solutions++;
            }
            case DONE -> finish(progress, at);
            default -> {
                // a step onto the exercise: being on it is all it says
            }
        }
    }

    private void judged(ClassEvent event, ExerciseProgress progress, Instant at) {
        int passing = event.passing() == null ? 0 : event.passing();
        int total = event.total() == null ? 0 : event.total();
        if (passing > progress.passing) {
            lastProgress = at;
        }
        progress.passing = passing;
        progress.total = total;
        progress.failing = event.failing() == null ? List.of() : event.failing();
        if (total > 0 && passing >= total) {
            finish(progress, at);
        }
    }

    private void finish(ExerciseProgress progress, Instant at) {
        if (!progress.done) {
            progress.done = true;
            progress.doneAt = at;
            lastProgress = at;
        }
        progress.passing = Math.max(progress.passing, progress.total);
        progress.failing = List.of();
    }

    /** On an exercise not done, with no progress for {@code stuckAfter}. */
    boolean stuck(Instant now, Duration stuckAfter) {
        if (left || current == null || lastProgress == null) {
            return false;
        }
        ExerciseProgress progress = exercises.get(current);
        return progress != null && !progress.done && !Duration.between(lastProgress, now).minus(stuckAfter).isNegative();
    }
}
