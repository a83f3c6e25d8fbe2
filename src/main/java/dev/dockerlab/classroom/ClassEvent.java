package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One thing a learner did, as the REPL reports it. {@code seq} counts the
 * learner's events from 1; {@code exercise} is the 1-based index in the
 * lesson; {@code failing} comes only with {@link EventType#JUDGED};
 * {@code command} only when the learner opted in. Optional fields may be null.
 * An event is always about the learner whose key sent it: it names no learner.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassEvent(long seq, String at, EventType type, String lesson, Integer exercise, String exerciseTitle,
                         Integer passing, Integer total, List<FailingCheck> failing, String command) {
}
