package dev.dockerlab.render;

import dev.dockerlab.model.Judgement;
import dev.dockerlab.testing.CheckLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A check line's plain words (after {@code ::}) stand in the checklist for the grammar; a failure still says what was seen. */
class LabelledChecklistTest {

    private static final String STEP = """
            ```check
            command "docker inspect -f '{{.GraphDriver.Data.LowerDir}}' web | tr : '\\\\n' | diff - ovl-lower.txt" succeeds :: ovl-lower.txt lists the LowerDir folders, one per line
            container web is running
            ```
            """;

    private final MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(80, false));

    @Test
    void theLabelIsShownUncheckedAndJudged() {
        assertThat(MarkdownRendererTest.text(renderer.render(STEP).lines())).containsExactly(
                "  [ ] ovl-lower.txt lists the LowerDir folders, one per line",
                "  [ ] container web is running");

        String labelled = STEP.lines().toList().get(1);
        Judgement judgement = new Judgement(List.of(
                CheckLines.failed(labelled, "ovl-lower.txt has 1 line; LowerDir has 2 entries"),
                CheckLines.passed("container web is running")));

        assertThat(MarkdownRendererTest.text(renderer.render(STEP, judgement).lines())).containsExactly(
                "  [ ] ovl-lower.txt lists the LowerDir folders, one per line",
                "      ovl-lower.txt has 1 line; LowerDir has 2 entries",
                "  [x] container web is running");
        assertThat(MarkdownRendererTest.text(renderer.checklist(judgement).lines()))
                .startsWith("  [ ] ovl-lower.txt lists the LowerDir folders, one per line");
    }
}
