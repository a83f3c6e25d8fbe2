package dev.dockerlab.lesson;

/** A {@code #} or {@code ##} heading at the top level of a lesson. */
record SectionHeading(int level, String text, LineRange lines) {

    int line() {
        return lines.first();
    }
}
