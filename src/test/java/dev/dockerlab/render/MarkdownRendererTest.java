package dev.dockerlab.render;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private static final String DIAGRAM = """
            ┌────────┐   bind   ┌───────────┐
            │  host  │─────────▶│ container │
            └────────┘          └───────────┘
            """;

    private static final String STEP = """
            ## Share a folder with a bind mount

            A *bind mount* puts a folder of the **host** into a container: both see the same \
            files, so an edit on the host shows at once in `/srv/www`.

            - `-v SOURCE:TARGET` is the short form;
            - `--mount type=bind,...` is the long form:
              - it refuses a missing `SOURCE`;
              - it reads well in scripts.

            1. Make the folder.
            2. Start the container.

            > The container writes to the host's disk directly, bypassing the storage driver.

            See [bind mounts](https://docs.docker.com/engine/storage/bind-mounts/) and <https://docs.docker.com>.

            | flag | meaning |
            |------|--------:|
            | `ro` | read-only |
            | `rw` | read-write |

            ```text
            host ${LAB}/site  --->  container /srv/www
            ```

            ```
            """ + DIAGRAM + """
            ```

            ```sh
            mkdir -p "${LAB}/site" && echo Hello > "${LAB}/site/index.html"
            ```

            ```sh
            docker run -d --name web -v "${LAB}/site":/srv/www ${IMAGE} httpd -f -h /srv/www
            ```

            ```check
            # F4: the mount, then the content
            container web mounts bind ${LAB}/site at /srv/www

            container web file /srv/www/index.html contains "Hello"
            ```

            ```solution
            docker run -d --name web --secret-solution
            ```
            """;

    private static final RenderOptions PLAIN_60 = new RenderOptions(60, false);

    @Test
    void rendersAStepAsPlainTextWrappedToTheWidth() {
        Rendered rendered = new MarkdownRenderer(PLAIN_60).render(STEP);

        assertThat(text(rendered.lines())).containsExactly(
                "Share a folder with a bind mount",
                "────────────────────────────────",
                "",
                "A bind mount puts a folder of the host into a container:",
                "both see the same files, so an edit on the host shows at",
                "once in /srv/www.",
                "",
                "• -v SOURCE:TARGET is the short form;",
                "• --mount type=bind,... is the long form:",
                "  ◦ it refuses a missing SOURCE;",
                "  ◦ it reads well in scripts.",
                "",
                "1. Make the folder.",
                "2. Start the container.",
                "",
                "│ The container writes to the host's disk directly,",
                "│ bypassing the storage driver.",
                "",
                "See bind mounts",
                "(https://docs.docker.com/engine/storage/bind-mounts/) and",
                "https://docs.docker.com.",
                "",
                "flag │    meaning",
                "─────┼───────────",
                "ro   │  read-only",
                "rw   │ read-write",
                "",
                "  host ${LAB}/site  --->  container /srv/www",
                "",
                "  [1] ┌────────┐   bind   ┌───────────┐",
                "      │  host  │─────────▶│ container │",
                "      └────────┘          └───────────┘",
                "",
                "  [2] mkdir -p \"${LAB}/site\" && echo Hello > \"${LAB}/site/index.html\"",
                "",
                "  [3] docker run -d --name web -v \"${LAB}/site\":/srv/www ${IMAGE} httpd -f -h /srv/www",
                "",
                "  [ ] container web mounts bind ${LAB}/site at /srv/www",
                "  [ ] container web file /srv/www/index.html contains",
                "      \"Hello\"");
    }

    @Test
    void numbersEveryShownShellBlockAndListsTheirCodeInThatOrder() {
        Rendered rendered = new MarkdownRenderer(PLAIN_60).render(STEP);

        assertThat(rendered.examples()).containsExactly(
                DIAGRAM,
                "mkdir -p \"${LAB}/site\" && echo Hello > \"${LAB}/site/index.html\"\n",
                "docker run -d --name web -v \"${LAB}/site\":/srv/www ${IMAGE} httpd -f -h /srv/www\n");
    }

    @Test
    void numbersConsoleAndBashBlocksButNotOtherLanguages() {
        String markdown = """
                ```console
                docker ps
                ```

                ```yaml
                volumes: [data]
                ```

                ```bash
                docker volume ls
                ```
                """;

        Rendered rendered = new MarkdownRenderer(PLAIN_60).render(markdown);

        assertThat(text(rendered.lines())).containsExactly(
                "  [1] docker ps", "", "  volumes: [data]", "", "  [2] docker volume ls");
        assertThat(rendered.examples()).containsExactly("docker ps\n", "docker volume ls\n");
    }

    @Test
    void leavesOutTheBlocksMeantForTheEngine() {
        String markdown = """
                Before.

                ```setup
                echo setup
                ```

                ```solution
                echo solution
                ```

                ```hint
                echo hint
                ```

                ```hint when container web is running
                echo conditional hint
                ```

                ```cleanup
                echo cleanup
                ```

                After.
                """;

        Rendered rendered = new MarkdownRenderer(PLAIN_60).render(markdown);

        assertThat(text(rendered.lines())).containsExactly("Before.", "", "After.");
        assertThat(rendered.examples()).isEmpty();
    }

    @Test
    void keepsEveryLineButCodeWithinTheWidth() {
        for (int width = 20; width <= 100; width += 5) {
            Rendered rendered = new MarkdownRenderer(new RenderOptions(width, false)).render(STEP);

            for (AttributedString line : rendered.lines()) {
                if (line.columnLength() > width) {
                    assertThat(VerbatimLines.of(STEP)).as("line wider than %d: %s", width, line)
                            .anyMatch(code -> line.toString().endsWith(code));
                }
            }
        }
    }

    @Test
    void keepsCodeAsWrittenWhateverTheWidth() {
        Rendered rendered = new MarkdownRenderer(new RenderOptions(20, false)).render(STEP);

        assertThat(text(rendered.lines())).contains(
                "  [1] ┌────────┐   bind   ┌───────────┐",
                "      │  host  │─────────▶│ container │",
                "      └────────┘          └───────────┘",
                "  host ${LAB}/site  --->  container /srv/www");
    }

    @Test
    void indentsCodeInsideAListItemUnderItsText() {
        String markdown = """
                1. Run it:

                   ```sh
                   docker ps
                   ```

                2. Look.
                """;

        assertThat(text(new MarkdownRenderer(PLAIN_60).render(markdown).lines())).containsExactly(
                "1. Run it:", "", "     [1] docker ps", "", "2. Look.");
    }

    @Test
    void wrapsListItemsAndQuotesWithAHangingIndent() {
        String markdown = """
                - a list item long enough to wrap
                  1. nested and also long enough

                > quoted text long enough to wrap
                >
                > second paragraph
                """;

        assertThat(text(new MarkdownRenderer(new RenderOptions(20, false)).render(markdown).lines()))
                .containsExactly(
                        "• a list item long",
                        "  enough to wrap",
                        "  1. nested and also",
                        "     long enough",
                        "",
                        "│ quoted text long",
                        "│ enough to wrap",
                        "│",
                        "│ second paragraph");
    }

    @Test
    void separatesTheItemsOfALooseListAndAlignsTheirNumbers() {
        String markdown = """
                9. nine

                10. ten
                """;

        assertThat(text(new MarkdownRenderer(PLAIN_60).render(markdown).lines()))
                .containsExactly(" 9. nine", "", "10. ten");
    }

    @Test
    void keepsHardLineBreaksAndJoinsSoftOnes() {
        String markdown = "one\ntwo\\\nthree  \nfour";

        assertThat(text(new MarkdownRenderer(PLAIN_60).render(markdown).lines()))
                .containsExactly("one two", "three", "four");
    }

    @Test
    void marksHeadingsWithARuleAndDrawsThematicBreaksAcrossTheWidth() {
        String markdown = """
                # Title

                ### Small

                ---
                """;

        assertThat(text(new MarkdownRenderer(new RenderOptions(10, false)).render(markdown).lines()))
                .containsExactly("Title", "═════", "", "Small", "", "──────────");
    }

    @Test
    void writesALinkAddressOnceWhenItIsAlsoTheText() {
        String markdown = "[docs](https://docs.docker.com) and [https://x.org](https://x.org)";

        assertThat(text(new MarkdownRenderer(PLAIN_60).render(markdown).lines()))
                .containsExactly("docs (https://docs.docker.com) and https://x.org");
    }

    @Test
    void usesTheDefaultWidthWhenTheOutputHasNone() {
        assertThat(new RenderOptions(0, false).width()).isEqualTo(RenderOptions.DEFAULT_WIDTH);
        assertThat(new RenderOptions(-1, true).width()).isEqualTo(80);

        String longParagraph = "word ".repeat(40);
        List<AttributedString> lines = new MarkdownRenderer(new RenderOptions(0, false)).render(longParagraph).lines();

        assertThat(lines).hasSize(3).allMatch(line -> line.columnLength() <= 80);
    }

    static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }
}
