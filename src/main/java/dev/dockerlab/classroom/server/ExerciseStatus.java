package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.annotation.JsonValue;

/** A cell of the grid. */
enum ExerciseStatus {
    DONE("done"), WORKING("working"), NOT_STARTED("not started");

    private final String words;

    ExerciseStatus(String words) {
        this.words = words;
    }

    @JsonValue
    String words() {
        return words;
    }
}
