package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code POST /api/join}: a name and a join code; a stored {@code learner}
 * and {@code key} from an earlier join come back to rejoin as the same learner.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JoinRequest(String code, String name, String learner, String key) {
}
