package dev.dockerlab.classroom.server;

import java.util.Comparator;

/** One exercise of the course: a lesson's id and its 1-based index there. Columns of the grid sort by it. */
record ExerciseKey(String lesson, int exercise) implements Comparable<ExerciseKey> {

    private static final Comparator<ExerciseKey> ORDER =
            Comparator.comparing(ExerciseKey::lesson).thenComparingInt(ExerciseKey::exercise);

    @Override
    public int compareTo(ExerciseKey other) {
        return ORDER.compare(this, other);
    }
}
