package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** {@code POST /api/events}: up to {@link ClassProtocol#MAX_EVENTS_PER_REQUEST} events of the key's learner. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventBatch(List<ClassEvent> events) {
}
