package dev.dockerlab.classroom.client;

import dev.dockerlab.model.Judgement;

import java.util.List;
import java.util.Optional;

/**
 * What the REPL tells as the learner goes, and all it knows of a class:
 * where the learner is and what was judged. {@link ClassClient} turns it into
 * the class protocol's events. A listener must never block the prompt nor
 * throw: the class is optional to learning. The default does nothing.
 */
public interface LearnerEvents {

    LearnerEvents NONE = new LearnerEvents() {
    };

    /**
     * Where the learner is: a lesson's step, and the exercise in it if it has one.
     *
     * @param exercise the exercise's 1-based index in the lesson, 0 on a reading step
     * @param title    the step's title
     */
    record Place(String lesson, int step, int exercise, String title) {

        public boolean isExercise() {
            return exercise > 0;
        }
    }

    /** A line for the learner, about the class. */
    record Note(Kind kind, String text) {

        public enum Kind { OK, INFO, WARNING }
    }

    /** The session opens (before the first step is shown): join the class, and say how that went. */
    default List<Note> open() {
        return List.of();
    }

    /** The learner is on a step now (a new one, or the one the session opens at). */
    default void stepShown(Place place) {
    }

    /**
     * An exercise was judged: after a command (given, as typed), on /check, or as a step is shown.
     * Only the class client decides whether a command's text may leave this machine.
     */
    default void judged(Place place, Judgement judgement, Optional<String> command) {
    }

    default void hint(Place place) {
    }

    default void solution(Place place) {
    }

    /** The exercise's checks all passed for the first time. */
    default void done(Place place, Judgement judgement) {
    }

    /** Said to the learner before the next prompt: what changed in the background (the class server came back). */
    default List<Note> news() {
        return List.of();
    }

    /** For /class: what the class knows, a line each; empty when the learner is in no class. */
    default List<String> status() {
        return List.of();
    }

    /** /class leave: leave the class and stop reporting. @return what happened; empty when in no class */
    default Optional<Note> leave() {
        return Optional.empty();
    }

    /** The session ends: send what is queued, briefly; what is left waits on disk for the next session. */
    default void close() {
    }
}
