package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a join: who the learner is, the secret key its events carry, and the class joined. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JoinReply(String learner, String key, @JsonProperty("class") String className) {
}
