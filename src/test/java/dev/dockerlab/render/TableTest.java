package dev.dockerlab.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    private static final String TABLE = """
            | command | what it does | kind |
            |:---|:---:|---:|
            | `docker volume create NAME` | make an empty volume | write |
            | `docker volume ls` | list volumes | read |
            """;

    @Test
    void alignsTheColumnsUnderARuledHeader() {
        assertThat(render(80)).containsExactly(
                "command                   │     what it does     │  kind",
                "──────────────────────────┼──────────────────────┼──────",
                "docker volume create NAME │ make an empty volume │ write",
                "docker volume ls          │     list volumes     │  read");
    }

    @Test
    void writesOneHeaderAndValuePerLineWhenTheColumnsDoNotFit() {
        assertThat(render(30)).containsExactly(
                "command: docker volume",
                "  create NAME",
                "what it does: make an empty",
                "  volume",
                "kind: write",
                "",
                "command: docker volume ls",
                "what it does: list volumes",
                "kind: read");
    }

    @Test
    void fillsTheCellsARowLeftOut() {
        String table = """
                | a | b |
                |---|---|
                | 1 |
                """;

        assertThat(MarkdownRendererTest.text(new MarkdownRenderer(new RenderOptions(20, false))
                .render(table).lines())).containsExactly("a │ b", "──┼──", "1 │");
    }

    private static List<String> render(int width) {
        return MarkdownRendererTest.text(new MarkdownRenderer(new RenderOptions(width, false)).render(TABLE).lines());
    }
}
