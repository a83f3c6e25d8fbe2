package dev.dockerlab.lesson;

/** A setup, solution or cleanup shell block and the line its fence opens on. */
public record Script(String body, int line) {
}
