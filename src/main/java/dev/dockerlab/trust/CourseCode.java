package dev.dockerlab.trust;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Hint;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.CommandAssertion;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell code a course runs on the user's machine, lesson by lesson: each
 * exercise's setup and solution, its command checks and the commands of its
 * hints' {@code when}, and the lesson's cleanup. What trust asks about.
 */
public final class CourseCode {

    /** One piece of shell code: where it is and what it runs. */
    public record Piece(String lessonId, String role, String code) {
    }

    private final List<Lesson> lessons;

    public CourseCode(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    public List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        for (Lesson lesson : lessons) {
            for (Exercise exercise : lesson.exercises()) {
                String where = "exercise " + exercise.number();
                script(pieces, lesson, where + " setup", exercise.setup());
                script(pieces, lesson, where + " solution", exercise.solution());
                for (CheckLine check : exercise.checks()) {
                    if (check.assertion() instanceof CommandAssertion command) {
                        pieces.add(new Piece(lesson.id(), where + " command check", command.command()));
                    }
                }
                for (Hint hint : exercise.hints()) {
                    if (hint.when() instanceof CommandAssertion command) {
                        pieces.add(new Piece(lesson.id(), where + " hint when", command.command()));
                    }
                }
            }
            lesson.cleanup().forEach(script -> script(pieces, lesson, "cleanup", script));
        }
        return pieces;
    }

    /** Every piece in full, under a heading per lesson. */
    public List<String> full() {
        List<String> lines = new ArrayList<>();
        String lesson = null;
        for (Piece piece : pieces()) {
            if (!piece.lessonId().equals(lesson)) {
                lesson = piece.lessonId();
                lines.add("lesson " + lesson + ":");
            }
            lines.add("  " + piece.role() + ":");
            piece.code().strip().lines().forEach(line -> lines.add("    " + line));
        }
        return lines;
    }

    /** One line per lesson: how much code of which kind it runs. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Lesson lesson : lessons) {
            List<Piece> mine = pieces().stream().filter(piece -> piece.lessonId().equals(lesson.id())).toList();
            long scripts = mine.stream().filter(piece -> !piece.role().endsWith("check") && !piece.role().endsWith("when")).count();
            long commands = mine.size() - scripts;
            lines.add("  " + lesson.id() + ": " + plural(scripts, "script") + ", " + plural(commands, "check command"));
        }
        return lines;
    }

    private static void script(List<Piece> pieces, Lesson lesson, String role, Script script) {
        if (script != null) {
            pieces.add(new Piece(lesson.id(), role, script.body()));
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
