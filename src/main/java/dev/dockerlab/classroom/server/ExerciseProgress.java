package dev.dockerlab.classroom.server;

import dev.dockerlab.classroom.FailingCheck;

import java.time.Instant;
import java.util.List;

/** How far one learner got with one exercise. Guarded by its class's lock. */
final class ExerciseProgress {

    String title;
    int passing;
    int total;
    int hints;
    int solutions;
    boolean done;
    Instant doneAt;
    /** The check lines the learner's latest attempt fails; empty once done. */
    List<FailingCheck> failing = List.of();

    ExerciseStatus status() {
        return done ? ExerciseStatus.DONE : ExerciseStatus.WORKING;
    }
}
