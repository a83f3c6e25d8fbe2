package dev.dockerlab.export;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Hint;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.PlainText;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The handouts of the real course, written to a folder and read back. */
class HtmlExportTest {

    private static final Variables AS_WRITTEN = new Variables("${LAB}", "${IMAGE}", "");

    @TempDir
    Path out;

    private static List<Lesson> course() {
        LessonLibrary library = LessonLibrary.load(Path.of("lessons"), AS_WRITTEN);
        assertThat(library.problems()).isEmpty();
        return library.lessons();
    }

    private static List<Lesson> export(Path folder, boolean withSolutions) throws IOException {
        List<Lesson> lessons = course();
        new HtmlExport(withSolutions).write(lessons, folder);
        return lessons;
    }

    private HandoutPage page(Lesson lesson) throws IOException {
        return HandoutPage.read(out.resolve(PageName.of(lesson)));
    }

    @Test
    void theIndexListsNineLessonsEachLinkingToItsPage() throws IOException {
        List<Lesson> lessons = export(out, false);
        String index = Files.readString(out.resolve("index.html"));

        List<String> rows = Pattern.compile("<tr><td class=\"number\">.*?</tr>").matcher(index).results()
                .map(row -> row.group()).toList();
        assertThat(rows).hasSize(9);
        for (int i = 0; i < rows.size(); i++) {
            Lesson lesson = lessons.get(i);
            String row = rows.get(i);
            assertThat(row).contains("<td class=\"number\">0" + (i + 1) + "</td>")
                    .contains("<a href=\"" + PageName.of(lesson) + "\">" + Html.escape(lesson.title()) + "</a>")
                    .contains("<p class=\"summary\">" + Html.escape(lesson.summary()) + "</p>")
                    .contains("<td class=\"exercises\">" + lesson.exercises().size() + "</td>");
            assertThat(out.resolve(PageName.of(lesson))).isRegularFile();
        }
        assertThat(lessons.get(3).exercises()).hasSize(4);
        assertThat(rows.get(3)).contains("href=\"04-anonymous-volumes.html\"");
    }

    @Test
    void eachPageHasItsTitleSummaryIntroductionAndEveryStepAsASection() throws IOException {
        for (Lesson lesson : export(out, false)) {
            HandoutPage page = page(lesson);
            assertThat(page.html()).contains("<h1>" + Html.escape(lesson.title()) + "</h1>")
                    .contains("<p class=\"summary\">" + Html.escape(lesson.summary()) + "</p>")
                    .contains("<div class=\"introduction\">\n<p>");
            for (Step step : lesson.steps()) {
                String heading = step.isExercise()
                        ? "<h2><span class=\"exercise-label\">Exercise " + step.exercise().number() + "</span> "
                        : "<h2>";
                assertThat(page.section(step.number())).as(lesson.id() + " step " + step.number())
                        .startsWith("\n" + heading + Html.escape(step.title()) + "</h2>\n");
            }
        }
    }

    @Test
    void eachExerciseShowsItsChecksAsGoalsInTheirPlainSentences() throws IOException {
        int goals = 0;
        for (Lesson lesson : export(out, false)) {
            HandoutPage page = page(lesson);
            for (Step step : lesson.steps()) {
                List<String> expected = step.isExercise()
                        ? step.exercise().checks().stream().map(check -> Html.escape(check.sentence())).toList()
                        : List.of();
                assertThat(HandoutPage.goals(page.section(step.number()))).as(lesson.id() + " step " + step.number())
                        .isEqualTo(expected);
                goals += expected.size();
            }
        }
        assertThat(goals).isGreaterThan(100);
    }

    @Test
    void goalsReadAsSentencesNotAsCheckSyntax() throws IOException {
        List<Lesson> lessons = export(out, false);
        String managingVolumes = page(lessons.get(5)).html();

        assertThat(managingVolumes).contains("<li>you typed a command with &quot;docker volume create&quot;</li>")
                .contains("<li>volume mv-db is used by mv-app</li>")
                .doesNotContain("```check").doesNotContain("typed &quot;");
    }

    @Test
    void hintsAreFoldedInDetailsAndAHintWhenIsLabelledWithItsCondition() throws IOException {
        int hints = 0;
        for (Lesson lesson : export(out, false)) {
            HandoutPage page = page(lesson);
            for (Step step : lesson.steps()) {
                String section = page.section(step.number());
                List<HandoutPage.Details> details = HandoutPage.details(section);
                List<Hint> expected = step.isExercise() ? step.exercise().hints() : List.of();
                assertThat(details).as(lesson.id() + " step " + step.number()).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    Hint hint = expected.get(i);
                    HandoutPage.Details shown = details.get(i);
                    if (hint.isConditional()) {
                        assertThat(shown.kind()).isEqualTo("hint conditional");
                        assertThat(shown.summary()).isEqualTo("Hint if " + Html.escape(hint.when().sentence()));
                    } else {
                        assertThat(shown.kind()).isEqualTo("hint");
                        assertThat(shown.summary()).startsWith("Hint");
                    }
                    String hintText = visibleCharacters(hint.text());
                    assertThat(HandoutPage.text(shown.body()).replaceAll("\\s+", "")).isEqualTo(hintText);
                    assertThat(HandoutPage.text(HandoutPage.withoutDetails(section)).replaceAll("\\s+", ""))
                            .doesNotContain(hintText);
                    hints++;
                }
            }
        }
        assertThat(hints).isGreaterThan(40);
    }

    @Test
    void solutionsAreLeftOutUnlessAskedFor() throws IOException {
        List<Lesson> lessons = export(out, false);
        List<String> solutionLines = new ArrayList<>();
        for (Lesson lesson : lessons) {
            lesson.exercises().stream().map(Exercise::solution).forEach(solution ->
                    solutionLines.addAll(linesOnlyIn(solution, lesson)));
        }

        assertThat(solutionLines).hasSizeGreaterThan(50);
        assertNowhereOnThePages(lessons, solutionLines);
        for (Lesson lesson : lessons) {
            assertThat(page(lesson).html()).doesNotContain("class=\"solution\"").doesNotContain("Solution");
        }
    }

    @Test
    void withSolutionsEachExerciseHasItsSolutionFolded() throws IOException {
        for (Lesson lesson : export(out, true)) {
            HandoutPage page = page(lesson);
            for (Step step : lesson.steps()) {
                List<HandoutPage.Details> solutions = HandoutPage.details(page.section(step.number())).stream()
                        .filter(details -> details.kind().equals("solution")).toList();
                if (!step.isExercise()) {
                    assertThat(solutions).isEmpty();
                    continue;
                }
                assertThat(solutions).as(lesson.id() + " step " + step.number()).singleElement().satisfies(solution -> {
                    assertThat(solution.summary()).isEqualTo("Solution");
                    assertThat(solution.body()).contains(Html.escape(step.exercise().solution().body()));
                });
            }
        }
    }

    @Test
    void setupAndCleanupScriptsAreNeverShown() throws IOException {
        for (boolean withSolutions : List.of(false, true)) {
            Path folder = out.resolve(String.valueOf(withSolutions));
            List<Lesson> lessons = export(folder, withSolutions);
            List<String> scriptLines = new ArrayList<>();
            for (Lesson lesson : lessons) {
                Stream.concat(lesson.exercises().stream().map(Exercise::setup), lesson.cleanup().stream())
                        .forEach(script -> scriptLines.addAll(linesOnlyIn(script, lesson)));
            }
            assertThat(scriptLines).hasSizeGreaterThan(30);
            for (Lesson lesson : lessons) {
                String html = Files.readString(folder.resolve(PageName.of(lesson)));
                String solutions = lesson.exercises().stream().map(Exercise::solution)
                        .map(solution -> solution == null ? "" : solution.body()).reduce("", String::concat);
                for (String line : scriptLines) {
                    if (!withSolutions || !solutions.contains(line)) {
                        assertThat(html).as(lesson.id()).doesNotContain(Html.escape(line));
                    }
                }
            }
        }
    }

    @Test
    void variablesStayAsTheLessonWritesThem() throws IOException {
        List<Lesson> lessons = export(out, false);
        String bindMounts = page(lessons.get(2)).html();

        assertThat(bindMounts).contains("<li>container bind-web1 mounts bind ${LAB}/bind-site at /srv/www</li>")
                .contains("${IMAGE}");
    }

    @Test
    void pagesLinkToTheLessonsAroundThemAndToTheIndex() throws IOException {
        List<Lesson> lessons = export(out, false);
        for (int i = 0; i < lessons.size(); i++) {
            String html = page(lessons.get(i)).html();
            assertThat(html).contains("<a class=\"index\" href=\"index.html\">All lessons</a>");
            if (i == 0) {
                assertThat(html).doesNotContain("rel=\"prev\"");
            } else {
                assertThat(html).contains("rel=\"prev\" href=\"" + PageName.of(lessons.get(i - 1)) + "\"");
            }
            if (i == lessons.size() - 1) {
                assertThat(html).doesNotContain("rel=\"next\"");
            } else {
                assertThat(html).contains("rel=\"next\" href=\"" + PageName.of(lessons.get(i + 1)) + "\"");
            }
        }
    }

    @Test
    void pagesShareOneStylesheetAndFetchNothing() throws IOException {
        List<Lesson> lessons = export(out, true);
        String css = Files.readString(out.resolve("handout.css"));

        assertThat(css).contains("pre").doesNotContain("url(").doesNotContain("@import");
        List<Path> pages = new ArrayList<>(lessons.stream().map(lesson -> out.resolve(PageName.of(lesson))).toList());
        pages.add(out.resolve("index.html"));
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(html).startsWith("<!DOCTYPE html>\n")
                    .contains("<meta charset=\"utf-8\">")
                    .contains("<link rel=\"stylesheet\" href=\"handout.css\">")
                    .doesNotContain("<script").doesNotContain(" src=").doesNotContain("<img")
                    .endsWith("</html>\n");
            assertThat(Pattern.compile("<link ").matcher(html).results().count()).isEqualTo(1);
        }
    }

    @Test
    void textTitlesAndCheckSentencesAreEscaped() throws IOException {
        LessonLibrary library = LessonLibrary.load(Path.of("src/test/resources/export/escaping"), AS_WRITTEN);
        assertThat(library.problems()).isEmpty();
        new HtmlExport(true).write(library.lessons(), out);
        HandoutPage page = HandoutPage.read(out.resolve("01-escaping.html"));
        String index = Files.readString(out.resolve("index.html"));

        assertThat(page.html())
                .contains("<title>01 Fish &amp; chips &lt;served&gt;</title>")
                .contains("<h1>Fish &amp; chips &lt;served&gt;</h1>")
                .contains("Text with &quot;quotes&quot;, &amp; and &lt;tags&gt; that")
                .contains("Fish &amp; chips and &lt;b&gt;not bold&lt;/b&gt; in it.")
                .contains("</span> Compare a &lt; b &amp; c</h2>")
                .contains("write a &lt; b &amp; c into a file, with &lt;i&gt;no&lt;/i&gt; markup.")
                .doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<served>").doesNotContain("<tags>");
        assertThat(HandoutPage.goals(page.section(1))).containsExactly(
                "container esc-web file /srv/www/a.txt contains &quot;a &lt; b &amp; c&quot;",
                "you typed a command with &quot;&lt;&amp;&gt;&quot;");
        assertThat(HandoutPage.details(page.section(1))).extracting(HandoutPage.Details::summary).containsExactly(
                "Hint if container esc-web file /srv/www/a.txt contains &quot;&lt;&quot;", "Hint", "Solution");
        assertThat(page.html()).contains("echo &quot;a &lt; b &amp; c&quot; &gt; /srv/www/a.txt");
        assertThat(index).contains(">Fish &amp; chips &lt;served&gt;</a>");
    }

    /** The characters a reader of {@code markdown} sees, blanks left out: its words and code without Markdown's marks. */
    private static String visibleCharacters(String markdown) {
        return PlainText.of(Parser.builder().build().parse(markdown)).replaceAll("\\s+", "");
    }

    /** The lines of {@code script} long enough to be recognised that the lesson's visible text does not also show. */
    private static List<String> linesOnlyIn(Script script, Lesson lesson) {
        if (script == null) {
            return List.of();
        }
        String visible = visibleSource(lesson);
        return script.body().lines().map(String::strip)
                .filter(line -> line.length() >= 12 && !visible.contains(line))
                .toList();
    }

    private static String visibleSource(Lesson lesson) {
        StringBuilder visible = new StringBuilder(lesson.introduction());
        for (Step step : lesson.steps()) {
            visible.append('\n').append(step.markdown());
            if (step.isExercise()) {
                step.exercise().hints().forEach(hint -> visible.append('\n').append(hint.text()));
                step.exercise().checks().stream().map(CheckLine::source).forEach(source -> visible.append('\n').append(source));
            }
        }
        return visible.toString();
    }

    private void assertNowhereOnThePages(List<Lesson> lessons, List<String> lines) throws IOException {
        for (Lesson lesson : lessons) {
            String html = page(lesson).html();
            for (String line : lines) {
                assertThat(html).as(lesson.id()).doesNotContain(Html.escape(line));
            }
        }
    }
}
