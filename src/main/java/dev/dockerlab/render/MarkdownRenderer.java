package dev.dockerlab.render;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

import java.util.List;
import java.util.function.Function;

/**
 * Renders lesson Markdown (an introduction, or a step with its fenced blocks)
 * as terminal lines wrapped to the options' width. Code is never wrapped;
 * shell blocks are numbered examples; check blocks become a checklist;
 * setup, solution, hint and cleanup blocks are left out.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final RenderOptions options;

    public MarkdownRenderer(RenderOptions options) {
        this.options = options;
    }

    /** Renders with every check line unchecked. */
    public Rendered render(String markdown) {
        return render(markdown, checkLine -> CheckStatus.UNCHECKED);
    }

    /**
     * @param statusOf the status of a check line, given the line's text without
     *                 its surrounding blanks; null shows it unchecked
     */
    public Rendered render(String markdown, Function<String, CheckStatus> statusOf) {
        LineWriter out = new LineWriter(options.width());
        BlockRenderer blocks = new BlockRenderer(new Styles(options.color()), out, statusOf);
        PARSER.parse(markdown).accept(blocks);
        return new Rendered(out.lines(), blocks.examples());
    }
}
