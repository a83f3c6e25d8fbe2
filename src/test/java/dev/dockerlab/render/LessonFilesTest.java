package dev.dockerlab.render;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the course's own lessons, as a learner would read them, at a narrow and a wide width. */
class LessonFilesTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "lesson");

    static Stream<Arguments> lessonsAndWidths() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(LESSONS)) {
            files = listing.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().flatMap(file -> Stream.of(Arguments.of(file, 40), Arguments.of(file, 100)));
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @MethodSource("lessonsAndWidths")
    void rendersTheWholeLessonWithinTheWidthExceptCode(Path file, int width) throws IOException {
        String body = withoutFrontMatter(Files.readString(file));

        for (boolean color : new boolean[] {false, true}) {
            Rendered rendered = new MarkdownRenderer(new RenderOptions(width, color)).render(body);

            assertThat(rendered.lines()).isNotEmpty();
            List<String> code = VerbatimLines.of(body);
            for (AttributedString line : rendered.lines()) {
                if (line.columnLength() > width) {
                    assertThat(code).as("%s: line wider than %d: %s", file, width, line)
                            .anyMatch(codeLine -> line.toString().endsWith(codeLine));
                }
            }
        }
    }

    /**
     * {@code /run N} runs the step's example N: the number the learner sees
     * must name the same code. The step's text shows the variables replaced;
     * its examples keep them for the shell to expand.
     */
    @Test
    void numbersTheExamplesOfEveryStepAsTheLessonLoaderDoes() {
        LessonLibrary library = LessonLibrary.load(LESSONS, VARIABLES);
        MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(80, false));

        assertThat(library.lessons()).isNotEmpty();
        for (Lesson lesson : library.lessons()) {
            for (Step step : lesson.steps()) {
                assertThat(renderer.render(step.markdown()).examples()).as("%s, step %s", lesson.id(), step.title())
                        .isEqualTo(step.examples().stream().map(example -> substituted(example.code())).toList());
            }
        }
    }

    /**
     * A step's check blocks take the exercise's judged lines in order: every
     * line must find its place, or its verdict would never be shown.
     */
    @Test
    void showsEveryCheckOfAnExerciseInItsPlaceWithItsOwnVerdict() {
        LessonLibrary library = LessonLibrary.load(LESSONS, VARIABLES);
        MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(200, false));

        for (Lesson lesson : library.lessons()) {
            for (Step step : lesson.steps()) {
                if (!step.isExercise()) {
                    continue;
                }
                List<CheckLine> checks = step.exercise().checks();
                List<Judged> judged = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < checks.size(); i++) {
                    judged.add(Judged.of(checks.get(i), Verdict.of(false, "verdict of check " + (i + 1))));
                    expected.add("[ ] " + checks.get(i).shown());
                    expected.add("verdict of check " + (i + 1));
                }
                List<String> shown = renderer.render(step.markdown(), new Judgement(judged)).lines().stream()
                        .map(line -> line.toString().strip())
                        .filter(line -> line.matches("\\[[ x?]\\] .*") || line.startsWith("verdict of check"))
                        .toList();
                assertThat(shown).as("%s, step %s", lesson.id(), step.title()).isEqualTo(expected);
            }
        }
    }

    private static String substituted(String code) {
        String text = code;
        for (Map.Entry<String, String> variable : VARIABLES.asMap().entrySet()) {
            text = text.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return text;
    }

    private static String withoutFrontMatter(String source) {
        List<String> lines = source.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return source;
        }
        for (int closing = 1; closing < lines.size(); closing++) {
            if (lines.get(closing).strip().equals("---")) {
                return String.join("\n", lines.subList(closing + 1, lines.size()));
            }
        }
        return source;
    }
}
