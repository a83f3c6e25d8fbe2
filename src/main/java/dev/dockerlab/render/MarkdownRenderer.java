package dev.dockerlab.render;

import dev.dockerlab.model.Judgement;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

import java.util.List;

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
        return render(markdown, Judgement.NONE);
    }

    /**
     * @param checklist the exercise's check lines, judged or not, in the
     *                  order the text's check blocks hold them (see {@link CheckBlocks})
     */
    public Rendered render(String markdown, Judgement checklist) {
        return render(markdown, checklist, true);
    }

    /** The text without its check blocks, for a presentation that keeps the judged checklist in a place of its own. */
    public Rendered renderWithoutChecklist(String markdown) {
        return render(markdown, Judgement.NONE, false);
    }

    private Rendered render(String markdown, Judgement checklist, boolean checklists) {
        LineWriter out = new LineWriter(options.width());
        BlockRenderer blocks = new BlockRenderer(new Styles(options.color(), options.theme()), out,
                new CheckBlocks(checklist), checklists, options.breakWideCode());
        PARSER.parse(markdown).accept(blocks);
        return new Rendered(out.lines(), blocks.examples());
    }

    /** A checklist on its own, as /check and a presentation show it. */
    public Rendered checklist(Judgement checklist) {
        LineWriter out = new LineWriter(options.width());
        new ChecklistRenderer(new Styles(options.color(), options.theme())).checklist(out,
                checklist.lines().stream().map(ChecklistRenderer.Item::of).toList());
        return new Rendered(out.lines(), List.of());
    }
}
