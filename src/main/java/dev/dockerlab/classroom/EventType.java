package dev.dockerlab.classroom;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** What a learner's event reports; written in lower case on the wire. */
public enum EventType {
    JOINED, LEFT, STEP, JUDGED, HINT, SOLUTION, DONE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a wire name stands for; an unknown one is refused, so a typo never passes as another kind. */
    @JsonCreator
    public static EventType fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + name));
    }
}
