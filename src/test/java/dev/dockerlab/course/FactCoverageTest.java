package dev.dockerlab.course;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Linter;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The course covers every fact of SEED-FACTS.md, in the lessons the table names, and lints clean. */
class FactCoverageTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Variables VARIABLES = new Variables("/tmp/dockerlab-lab", "dockerlab/busybox:1", "");

    /** SEED-FACTS.md's lesson table: the facts each lesson must demonstrate. */
    private static final Map<String, Set<String>> FACTS_BY_LESSON = Map.of(
            "copy-on-write", Set.of("F1", "F2", "F3", "F4", "F18"),
            "overlay-directories", Set.of("F1", "F5"),
            "bind-mounts", Set.of("F6", "F7", "F12"),
            "anonymous-volumes", Set.of("F8", "F10", "F11"),
            "named-volumes", Set.of("F9", "F10", "F11"),
            "managing-volumes", Set.of("F11", "F17"),
            "sharing-data", Set.of("F12"),
            "volumes-from", Set.of("F13", "F14"),
            "backup-and-restore", Set.of("F15", "F16"));

    @Test
    void everyFactFromF1ToF18IsDemonstratedByAnExercise() {
        Map<String, Set<String>> demonstrated = new TreeMap<>();
        for (Lesson lesson : LessonLibrary.load(LESSONS, VARIABLES).lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                for (String fact : exercise.facts()) {
                    demonstrated.computeIfAbsent(fact, key -> new TreeSet<>()).add(lesson.id() + " #" + exercise.number());
                }
            }
        }
        List<String> missing = IntStream.rangeClosed(1, 18).mapToObj(n -> "F" + n)
                .filter(fact -> !demonstrated.containsKey(fact)).toList();

        assertThat(missing).as("facts with no exercise marked # Fn; covered: %s", demonstrated).isEmpty();
    }

    @Test
    void eachLessonDemonstratesTheFactsTheTableGivesIt() {
        Map<String, Lesson> lessons = LessonLibrary.load(LESSONS, VARIABLES).lessons().stream()
                .collect(Collectors.toMap(Lesson::id, lesson -> lesson));

        assertThat(lessons.keySet()).containsExactlyInAnyOrderElementsOf(FACTS_BY_LESSON.keySet());
        FACTS_BY_LESSON.forEach((id, facts) -> {
            Set<String> marked = lessons.get(id).exercises().stream().flatMap(exercise -> exercise.facts().stream())
                    .collect(Collectors.toSet());
            assertThat(marked).as("facts marked in lesson %s", id).containsAll(facts);
        });
    }

    @Test
    void theCourseLintsClean() {
        List<Problem> problems = new Linter(VARIABLES).lint(List.of(LESSONS));

        assertThat(problems).extracting(Problem::toString).isEmpty();
    }
}
