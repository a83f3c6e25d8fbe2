package dev.dockerlab.render;

import dev.dockerlab.model.Judgement;
import dev.dockerlab.testing.CheckLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {

    private static final String STEP = """
            ```check
            # F2: what the learner made
            container web is running

               volume website exists   \s
            not volume cache exists
            container web serves "Hello" on port 80
            ```
            """;

    private final MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(60, false));

    @Test
    void showsEveryAssertionUncheckedByDefault() {
        assertThat(MarkdownRendererTest.text(renderer.render(STEP).lines())).containsExactly(
                "  [ ] container web is running",
                "  [ ] volume website exists",
                "  [ ] not volume cache exists",
                "  [ ] container web serves \"Hello\" on port 80");
    }

    @Test
    void marksPassedChecksAndShowsWhatWasObservedForTheOthers() {
        Judgement judgement = new Judgement(List.of(
                CheckLines.passed("container web is running"),
                CheckLines.failed("volume website exists", "no volume named website"),
                CheckLines.unknown("not volume cache exists", "the daemon did not answer within 10 s"),
                CheckLines.unjudged("container web serves \"Hello\" on port 80")));

        Rendered rendered = renderer.render(STEP, judgement);

        assertThat(MarkdownRendererTest.text(rendered.lines())).containsExactly(
                "  [x] container web is running",
                "  [ ] volume website exists",
                "      no volume named website",
                "  [?] not volume cache exists",
                "      the daemon did not answer within 10 s",
                "  [ ] container web serves \"Hello\" on port 80");
        assertThat(MarkdownRendererTest.text(renderer.checklist(judgement).lines()))
                .as("the checklist on its own, as /check shows it").isEqualTo(MarkdownRendererTest.text(rendered.lines()));
    }

    /** Two lines that read alike are two checks: each shows its own verdict, where it stands. */
    @Test
    void showsEachLinesOwnVerdictInItsPlaceWhenTwoLinesReadAlike() {
        String markdown = """
                ```check
                volume data exists
                not volume data exists
                volume data exists
                ```
                """;
        Judgement judgement = new Judgement(List.of(
                CheckLines.failed("volume data exists", "no volume named data"),
                CheckLines.passed("not volume data exists"),
                CheckLines.passed("volume data exists")));

        assertThat(MarkdownRendererTest.text(renderer.render(markdown, judgement).lines())).containsExactly(
                "  [ ] volume data exists",
                "      no volume named data",
                "  [x] not volume data exists",
                "  [x] volume data exists");
    }

    /** The check blocks of one step take the exercise's lines in order, block after block. */
    @Test
    void giveEachCheckBlockOfAStepItsOwnLines() {
        String markdown = """
                ```check
                volume data exists
                ```

                Then, later in the step:

                ```check
                volume data exists
                ```
                """;
        Judgement judgement = new Judgement(List.of(
                CheckLines.passed("volume data exists"),
                CheckLines.failed("volume data exists", "the second look found none")));

        assertThat(MarkdownRendererTest.text(renderer.render(markdown, judgement).lines())).containsExactly(
                "  [x] volume data exists",
                "",
                "Then, later in the step:",
                "",
                "  [ ] volume data exists",
                "      the second look found none");
    }

    /** A line the lesson loader could not read is no line of the checklist: it shows as written, and the rest keep theirs. */
    @Test
    void showsALineThatIsNoneOfTheChecklistsUncheckedAndKeepsTheOthersInPlace() {
        String markdown = """
                ```check
                volume data exits
                volume data exists
                ```
                """;
        Judgement judgement = new Judgement(List.of(CheckLines.passed("volume data exists")));

        assertThat(MarkdownRendererTest.text(renderer.render(markdown, judgement).lines())).containsExactly(
                "  [ ] volume data exits",
                "  [x] volume data exists");
    }

    @Test
    void wrapsLongChecksAndObservationsUnderTheirText() {
        String markdown = """
                ```check
                container web file /srv/www/index.html contains "Hello"
                ```
                """;
        Judgement judgement = new Judgement(List.of(CheckLines.failed(
                "container web file /srv/www/index.html contains \"Hello\"", "container web has /srv/www/index.html without Hello")));

        Rendered rendered = new MarkdownRenderer(new RenderOptions(36, false)).render(markdown, judgement);

        assertThat(MarkdownRendererTest.text(rendered.lines())).containsExactly(
                "  [ ] container web file",
                "      /srv/www/index.html contains",
                "      \"Hello\"",
                "      container web has",
                "      /srv/www/index.html without",
                "      Hello");
    }
}
