package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A class as the instructor sees it at one moment: {@code GET /api/class}
 * answers with it, the dashboard draws it. docs/CLASSROOM.md documents the schema.
 */
public record ClassView(String code, String generatedAt, long stuckAfterSeconds, List<ExerciseColumn> exercises,
                        List<LearnerRow> learners) {

    /** One exercise any learner has reached, with how many are done or on it and the line most of them fail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExerciseColumn(String lesson, int exercise, String title, int done, int working,
                                 CommonFailure commonFailure) {
    }

    /** The check line most learners working on an exercise fail now, with what their checks observed. */
    public record CommonFailure(String line, int learners, int of, List<String> observed) {
    }

    /** One learner: where it is, for how long, and its progress on each exercise it has reached. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearnerRow(String id, String name, boolean left, String joinedAt, long lastSeq, Current current,
                             boolean stuck, int hints, int solutions, int done, List<ExerciseCell> exercises,
                             String lastCommand) {
    }

    /** The exercise a learner is on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Current(String lesson, int exercise, String title, String since, long seconds, int passing,
                          int total) {
    }

    /** A learner's progress on one exercise; exercises not listed are not started. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExerciseCell(String lesson, int exercise, ExerciseStatus status, int passing, int total, int hints,
                               int solutions, String doneAt) {
    }
}
