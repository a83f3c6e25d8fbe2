package dev.dockerlab.export;

import dev.dockerlab.lesson.CheckLine;
import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.Exercise;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The goals of an exercise: each assertion line of its check blocks as the
 * plain sentence its assertion reads ("you typed a command with ..."), so a
 * handout says what to reach, not how the engine spells it.
 */
final class Goals {

    static final Goals NONE = new Goals(Map.of());

    private final Map<String, String> sentences;

    private Goals(Map<String, String> sentences) {
        this.sentences = sentences;
    }

    static Goals of(Exercise exercise) {
        return new Goals(exercise.checks().stream().collect(Collectors.toMap(
                CheckLine::source, check -> check.assertion().sentence(), (first, same) -> first)));
    }

    /** The goals of one check block as written in the step; a line no assertion was read from stays as written. */
    List<String> of(String checkBlock) {
        return checkBlock.lines().filter(CheckParser::isAssertionLine).map(String::strip)
                .map(line -> sentences.getOrDefault(line, line)).toList();
    }
}
