package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How many of the events were new, and the highest seq the server now holds for the learner. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventsReply(int accepted, long lastSeq) {
}
