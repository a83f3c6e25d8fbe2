package dev.dockerlab.export;

import dev.dockerlab.render.FenceKind;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;
import java.util.Set;

/**
 * Fenced blocks on a handout: a check block becomes the exercise's list of
 * goals, shell examples and other code are shown as written, and the blocks
 * meant for the engine (setup, solution, hint, cleanup) are left out.
 */
final class FencedBlockHtml implements NodeRenderer {

    private final HtmlWriter html;
    private final Goals goals;

    FencedBlockHtml(HtmlNodeRendererContext context, Goals goals) {
        this.html = context.getWriter();
        this.goals = goals;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        switch (FenceKind.of(block.getInfo())) {
            case CHECK -> goals(block.getLiteral());
            case EXAMPLE -> code(block.getLiteral(), "example", "sh");
            case CODE -> code(block.getLiteral(), "code", block.getInfo().strip().split("\\s+", 2)[0]);
            case HIDDEN -> {
                // setup and cleanup are never shown; hints and the solution have their place under the exercise
            }
        }
    }

    private void goals(String checkBlock) {
        html.line();
        html.tag("div", Map.of("class", "goals"));
        html.tag("p", Map.of("class", "goals-title"));
        html.text("Goals");
        html.tag("/p");
        html.line();
        html.tag("ul");
        html.line();
        for (String goal : goals.of(checkBlock)) {
            html.tag("li");
            html.text(goal);
            html.tag("/li");
            html.line();
        }
        html.tag("/ul");
        html.line();
        html.tag("/div");
        html.line();
    }

    private void code(String literal, String kind, String language) {
        html.line();
        html.raw(CodeHtml.pre(kind, language, literal));
    }
}
