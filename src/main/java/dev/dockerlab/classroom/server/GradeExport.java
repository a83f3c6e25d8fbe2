package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grades per learner and exercise, every exercise the class has reached for
 * every learner (not started ones too), as CSV for a spreadsheet and as JSON.
 */
final class GradeExport {

    private static final List<String> HEADER = List.of("class", "learner", "name", "lesson", "exercise", "title",
            "status", "passing", "total", "hints", "solutions", "doneAt");

    private final InstructorApi instructor;
    private final ObjectMapper json;

    GradeExport(InstructorApi instructor, ObjectMapper json) {
        this.instructor = instructor;
        this.json = json;
    }

    /** One learner's grade on one exercise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Grade(@JsonProperty("class") String className, String learner, String name, String lesson, int exercise, String title,
                 String status, int passing, int total, int hints, int solutions, String doneAt) {

        List<String> cells() {
            return List.of(className, learner, name, lesson, String.valueOf(exercise), title == null ? "" : title,
                    status, String.valueOf(passing), String.valueOf(total), String.valueOf(hints),
                    String.valueOf(solutions), doneAt == null ? "" : doneAt);
        }
    }

    record Grades(List<Grade> grades) {
    }

    void csv(HttpExchange exchange) throws IOException {
        instructor.admit(exchange);
        StringBuilder csv = new StringBuilder();
        csv.append(line(HEADER));
        grades(exchange).forEach(grade -> csv.append(line(grade.cells())));
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"grades.csv\"");
        Exchanges.text(exchange, 200, "text/csv; charset=utf-8", csv.toString());
    }

    void json(HttpExchange exchange) throws IOException {
        instructor.admit(exchange);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"grades.json\"");
        Exchanges.json(exchange, json, 200, new Grades(grades(exchange)));
    }

    private List<Grade> grades(HttpExchange exchange) {
        Optional<String> code = InstructorApi.query(exchange, "code");
        List<ClassView> views = code.isPresent() ? List.of(instructor.view(instructor.room(code.get())))
                : instructor.views();
        List<Grade> grades = new ArrayList<>();
        for (ClassView view : views) {
            for (ClassView.LearnerRow learner : view.learners()) {
                Map<String, ClassView.ExerciseCell> cells = learner.exercises().stream().collect(Collectors.toMap(
                        cell -> cell.lesson() + "#" + cell.exercise(), Function.identity()));
                for (ClassView.ExerciseColumn exercise : view.exercises()) {
                    ClassView.ExerciseCell cell = cells.get(exercise.lesson() + "#" + exercise.exercise());
                    grades.add(cell == null
                            ? new Grade(view.code(), learner.id(), learner.name(), exercise.lesson(), exercise.exercise(),
                                    exercise.title(), ExerciseStatus.NOT_STARTED.words(), 0, 0, 0, 0, null)
                            : new Grade(view.code(), learner.id(), learner.name(), exercise.lesson(), exercise.exercise(),
                                    exercise.title(), cell.status().words(), cell.passing(), cell.total(), cell.hints(),
                                    cell.solutions(), cell.doneAt()));
                }
            }
        }
        return grades;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(GradeExport::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /**
     * A quoted CSV field (RFC 4180). A cell a spreadsheet would take for a
     * formula (=, +, -, @, or a tab or carriage return first) gets a leading
     * apostrophe, as OWASP advises against CSV injection: names are the learners'.
     */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
