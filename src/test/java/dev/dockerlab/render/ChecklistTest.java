package dev.dockerlab.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Map<String, CheckStatus> statuses = Map.of(
                "container web is running", CheckStatus.PASSED,
                "volume website exists", CheckStatus.failed("no volume named website"),
                "not volume cache exists", CheckStatus.unknown("the daemon did not answer within 10 s"));

        Rendered rendered = renderer.render(STEP, statuses::get);

        assertThat(MarkdownRendererTest.text(rendered.lines())).containsExactly(
                "  [x] container web is running",
                "  [ ] volume website exists",
                "      no volume named website",
                "  [?] not volume cache exists",
                "      the daemon did not answer within 10 s",
                "  [ ] container web serves \"Hello\" on port 80");
    }

    @Test
    void asksForTheStatusOfEachAssertionLineWithoutItsBlanks() {
        List<String> asked = new ArrayList<>();

        renderer.render(STEP, line -> {
            asked.add(line);
            return null;
        });

        assertThat(asked).containsExactly("container web is running", "volume website exists",
                "not volume cache exists", "container web serves \"Hello\" on port 80");
    }

    @Test
    void wrapsLongChecksAndObservationsUnderTheirText() {
        String markdown = """
                ```check
                container web file /srv/www/index.html contains "Hello"
                ```
                """;

        Rendered rendered = new MarkdownRenderer(new RenderOptions(36, false)).render(markdown,
                line -> CheckStatus.failed("container web has /srv/www/index.html without Hello"));

        assertThat(MarkdownRendererTest.text(rendered.lines())).containsExactly(
                "  [ ] container web file",
                "      /srv/www/index.html contains",
                "      \"Hello\"",
                "      container web has",
                "      /srv/www/index.html without",
                "      Hello");
    }
}
