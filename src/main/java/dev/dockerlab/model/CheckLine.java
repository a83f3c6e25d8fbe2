package dev.dockerlab.model;


/** One assertion line of a check block, with its line in the lesson file and its text after substitution. */
public record CheckLine(int line, String source, Assertion assertion) {
}
