package dev.dockerlab.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One assertion line of a check block, with its line in the lesson file, its
 * text after substitution (the label included), and the plain words the author
 * wrote after {@code ::}, if any.
 */
public record CheckLine(int line, String source, Assertion assertion, Optional<String> label) {

    public CheckLine {
        Objects.requireNonNull(label, "label");
    }

    public CheckLine(int line, String source, Assertion assertion) {
        this(line, source, assertion, Optional.empty());
    }

    /** What a checklist shows for the line: its plain words, else the line as written. */
    public String shown() {
        return label.orElse(source);
    }

    /** What a report names the line by: its plain words, else the assertion's sentence. */
    public String sentence() {
        return label.orElseGet(assertion::sentence);
    }
}
