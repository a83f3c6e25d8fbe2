package dev.dockerlab.course;

import dev.dockerlab.lesson.Attempt;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course proves it tells right from wrong (issue 11): every exercise names
 * the mistakes a learner is likely to make, each with the check that catches
 * it, and another valid way that the checks must accept. CourseVerifyDaemonTest runs them.
 */
class CourseAttemptsTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Variables VARIABLES = new Variables("/tmp/dockerlab-lab", "dockerlab/busybox:1", "");

    @Test
    void everyExerciseHasAMistakeThatNamesTheCheckCatchingIt() {
        List<String> without = new ArrayList<>();
        for (Lesson lesson : LessonLibrary.load(LESSONS, VARIABLES).lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                List<Attempt> mistakes = of(exercise, Attempt.Kind.MISTAKE);
                if (mistakes.isEmpty() || mistakes.stream().anyMatch(mistake -> mistake.fails().isEmpty())) {
                    without.add(lesson.id() + " #" + exercise.number());
                }
            }
        }

        assertThat(without).as("exercises with no mistake, or a mistake without fails=").isEmpty();
    }

    /** Every exercise of this course has a second way (--mount, docker create + start, long forms, other tar flags...). */
    @Test
    void everyExerciseShowsAnotherValidWay() {
        List<String> without = new ArrayList<>();
        for (Lesson lesson : LessonLibrary.load(LESSONS, VARIABLES).lessons()) {
            lesson.exercises().stream().filter(exercise -> of(exercise, Attempt.Kind.ALTERNATIVE).isEmpty())
                    .forEach(exercise -> without.add(lesson.id() + " #" + exercise.number()));
        }

        assertThat(without).as("exercises with no alternative").isEmpty();
    }

    private static List<Attempt> of(Exercise exercise, Attempt.Kind kind) {
        return exercise.attempts().stream().filter(attempt -> attempt.kind() == kind).toList();
    }
}
