package dev.dockerlab.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;

/**
 * The machine-readable form of a command's answer ({@code --json}): records
 * written with their components in declaration order, indented, so that the
 * documented schemas (docs/JSON.md) read the same in every release.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException cannot) {
            throw new UncheckedIOException(cannot);
        }
    }
}
