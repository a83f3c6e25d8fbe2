package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Every refusal's body: one sentence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorReply(String error) {
}
