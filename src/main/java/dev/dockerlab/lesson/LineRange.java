package dev.dockerlab.lesson;

/** Lines {@code first} to {@code last} of a lesson file, both included, counted from 1. */
record LineRange(int first, int last) {

    boolean contains(int line) {
        return line >= first && line <= last;
    }
}
