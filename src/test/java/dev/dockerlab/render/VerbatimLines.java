package dev.dockerlab.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The code lines of a Markdown text that the renderer must keep whole, however
 * wide: a rendered line wider than the terminal has to end with one of them.
 * Check blocks are not among them, since a checklist wraps like text.
 */
final class VerbatimLines extends AbstractVisitor {

    private final List<String> lines = new ArrayList<>();

    private VerbatimLines() {
    }

    static List<String> of(String markdown) {
        VerbatimLines visitor = new VerbatimLines();
        Parser.builder().build().parse(markdown).accept(visitor);
        return visitor.lines;
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (!"check".equals(block.getInfo())) {
            add(block.getLiteral());
        }
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        add(block.getLiteral());
    }

    private void add(String literal) {
        literal.lines().map(String::stripTrailing).filter(line -> !line.isBlank()).forEach(lines::add);
    }
}
