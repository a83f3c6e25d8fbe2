package dev.dockerlab.present;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.Variables;
import dev.dockerlab.render.MarkdownRenderer;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.render.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's text as a projector shows it: variables as the author wrote them, wide code broken at spaces. */
class PresentStepTextTest {

    private static final Variables LONG_LAB = new Variables("/home/instructor/.local/share/dockerlab/lab",
            "registry.example.org/dockerlab/lab:2026-11", "lesson");
    private static final MarkdownRenderer PROJECTOR = new MarkdownRenderer(new RenderOptions(80, false, Theme.DARK, true));

    @Test
    void aStepKeepsItsTextAsWrittenBesideTheSubstitutedText() {
        Step step = step("lessons/01-copy-on-write.md", "lab image `${IMAGE}` is tiny");

        assertThat(step.markdown()).contains("lab image `registry.example.org/dockerlab/lab:2026-11` is tiny")
                .doesNotContain("${IMAGE}");
        String shown = String.join(" ", text(PROJECTOR.render(step.asWritten()).lines()));
        assertThat(shown).contains("lab image ${IMAGE} is tiny").doesNotContain("registry.example.org");
    }

    @Test
    void aWideCommandBreaksAtASpaceNotInsideAWord() {
        Step step = step("lessons/01-copy-on-write.md", "rm /srv/www/index.html'");

        List<String> lines = text(PROJECTOR.render(step.asWritten()).lines());

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(lines).anyMatch(line -> line.endsWith(" /srv/www/index.html'") || line.strip().equals("/srv/www/index.html'"));
    }

    private static Step step(String file, String containing) {
        Lesson lesson = LessonLibrary.load(List.of(Path.of(file).toAbsolutePath()), LONG_LAB).lessons().get(0);
        return lesson.steps().stream().filter(each -> each.asWritten().contains(containing)).findFirst().orElseThrow();
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }
}
