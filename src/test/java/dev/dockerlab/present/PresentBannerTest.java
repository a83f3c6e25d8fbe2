package dev.dockerlab.present;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Requirements;
import dev.dockerlab.lesson.Resources;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.render.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PresentBannerTest {

    private static final Exercise EXERCISE = new Exercise(1, "Serve a folder", 10, null, new Script("true", 12),
            List.of(), List.of(), Set.of());
    private static final Step READING = new Step(1, "Mounting a host folder", 5, "text", List.of(), null);
    private static final Step SERVE = new Step(2, "Serve a folder from the host, and then change the page it serves while it runs",
            9, "text", List.of(), EXERCISE);
    private static final Lesson LESSON = new Lesson("bind-mounts", 3, Path.of("03-bind-mounts.md"), "Bind mounts",
            "Put a host folder into a container", "intro", Requirements.NONE,
            Resources.NONE, List.of(READING, SERVE), List.of());

    @Test
    void aStepBannerIsABoxAcrossTheWholeWidthWithTheStepAndItsTitle() {
        List<String> lines = text(Banner.step(LESSON, READING, 60, Theme.DARK));

        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(60));
        assertThat(lines.get(0)).startsWith("┏━").endsWith("━┓");
        assertThat(lines.get(lines.size() - 1)).startsWith("┗━").endsWith("━┛");
        assertThat(lines).contains(
                "┃   STEP 1 OF 2 · READING" + " ".repeat(60 - 26) + "┃",
                "┃   Mounting a host folder" + " ".repeat(60 - 27) + "┃");
    }

    @Test
    void aLongTitleWrapsInsideTheBoxAndAnExerciseSaysWhichItIs() {
        List<String> lines = text(Banner.step(LESSON, SERVE, 50, Theme.DARK));

        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(50));
        assertThat(String.join("\n", lines)).contains("STEP 2 OF 2 · EXERCISE 1 OF 1", "Serve a folder from the host, and then",
                "change the page it serves while it runs");
    }

    @Test
    void theLessonBannerNamesTheLessonAndWhatItHolds() {
        assertThat(String.join("\n", text(Banner.lesson(LESSON, 80, Theme.DARK))))
                .contains("LESSON 03 · 2 STEPS · 1 EXERCISES", "Bind mounts", "Put a host folder into a container");
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }
}
