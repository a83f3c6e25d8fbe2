package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dockerlab.classroom.ClassEvent;

import java.util.List;

/**
 * One line of a class's log: a learner joined (or rejoined, with a new name)
 * with the SHA-256 of its key, or a learner's events arrived at a time
 * (milliseconds since the epoch). Replaying the lines rebuilds the class.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record LogEntry(String learner, long receivedAt, String name, String keyHash, List<ClassEvent> events) {

    static LogEntry joined(String learner, long at, String name, String keyHash) {
        return new LogEntry(learner, at, name, keyHash, null);
    }

    static LogEntry events(String learner, long at, List<ClassEvent> events) {
        return new LogEntry(learner, at, null, null, events);
    }

    boolean isJoin() {
        return keyHash != null;
    }
}
