package dev.dockerlab.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one stylesheet all handout pages link to, shipped as a resource beside this class. */
final class Stylesheet {

    static final String FILE_NAME = "handout.css";

    private Stylesheet() {
    }

    static String text() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the dockerlab jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
