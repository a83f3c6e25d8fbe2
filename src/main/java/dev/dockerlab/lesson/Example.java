package dev.dockerlab.lesson;

/** A shown shell block of a step (`sh`, `console`, `bash` or no info string), numbered from 1. */
public record Example(int number, String code, int line) {
}
