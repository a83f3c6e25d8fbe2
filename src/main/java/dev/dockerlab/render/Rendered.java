package dev.dockerlab.render;

import org.jline.utils.AttributedString;

import java.util.List;

/**
 * Rendered lesson text: its terminal lines, and the code of its example
 * blocks as the text holds them, in the order they are numbered, so that
 * {@code examples().get(n - 1)} is what the learner sees labelled {@code [n]}.
 */
public record Rendered(List<AttributedString> lines, List<String> examples) {

    public Rendered {
        lines = List.copyOf(lines);
        examples = List.copyOf(examples);
    }
}
