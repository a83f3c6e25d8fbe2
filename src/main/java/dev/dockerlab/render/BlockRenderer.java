package dev.dockerlab.render;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the blocks of a document and writes each as terminal lines, in the
 * manner of commonmark's CoreTextContentNodeRenderer. Inline content goes to
 * {@link InlineText}; code, checklists and tables to their own renderers.
 */
final class BlockRenderer extends AbstractVisitor {

    private final Styles styles;
    private final LineWriter out;
    private final CheckBlocks checkBlocks;
    private final CodeBlockRenderer code;
    private final ChecklistRenderer checklist;
    private final TableRenderer tables;
    private final List<String> examples = new ArrayList<>();
    private final boolean checklists;

    /** @param checklists false leaves check blocks out, for a caller that shows the checklist apart */
    BlockRenderer(Styles styles, LineWriter out, CheckBlocks checkBlocks, boolean checklists, boolean breakWideCode) {
        this.styles = styles;
        this.out = out;
        this.checkBlocks = checkBlocks;
        this.checklists = checklists;
        this.code = new CodeBlockRenderer(styles, breakWideCode);
        this.checklist = new ChecklistRenderer(styles);
        this.tables = new TableRenderer(styles);
    }

    List<String> examples() {
        return List.copyOf(examples);
    }

    @Override
    public void visit(Heading heading) {
        List<AttributedString> lines = wrapped(heading, styles.heading(heading.getLevel()));
        out.lines(lines);
        if (heading.getLevel() <= 2 && !lines.isEmpty()) {
            // a rule tells a heading from a short paragraph even without styles
            int length = lines.stream().mapToInt(AttributedString::columnLength).max().orElse(0);
            out.line(new AttributedString((heading.getLevel() == 1 ? "═" : "─").repeat(length), styles.frame()));
        }
        endBlock(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        out.lines(wrapped(paragraph, AttributedStyle.DEFAULT));
        endBlock(paragraph);
    }

    @Override
    public void visit(BlockQuote quote) {
        AttributedString bar = new AttributedString("│ ", styles.frame());
        out.pushMargin(bar, bar);
        visitChildren(quote);
        out.popMargin();
        endBlock(quote);
    }

    @Override
    public void visit(BulletList list) {
        items(list);
    }

    @Override
    public void visit(OrderedList list) {
        items(list);
    }

    @Override
    public void visit(FencedCodeBlock block) {
        switch (FenceKind.of(block.getInfo())) {
            case EXAMPLE -> {
                examples.add(block.getLiteral());
                code.example(out, block.getLiteral(), examples.size());
            }
            case CHECK -> {
                if (!checklists) {
                    return;
                }
                checklist.checklist(out, checkItems(block.getLiteral()));
            }
            case CODE -> code.code(out, block.getLiteral());
            case HIDDEN -> {
                return;
            }
        }
        endBlock(block);
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        code.code(out, block.getLiteral());
        endBlock(block);
    }

    @Override
    public void visit(ThematicBreak rule) {
        out.line(new AttributedString("─".repeat(out.width()), styles.frame()));
        endBlock(rule);
    }

    /** Raw HTML cannot be shown as such: comments are the author's notes, anything else is shown as its source. */
    @Override
    public void visit(HtmlBlock html) {
        if (html.getLiteral().strip().startsWith("<!--")) {
            return;
        }
        code.code(out, html.getLiteral());
        endBlock(html);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            tables.table(out, table);
            endBlock(table);
        } else {
            visitChildren(block);
        }
    }

    /** A check block shows its lines of the checklist; a line that is none of them shows as written, unchecked. */
    private List<ChecklistRenderer.Item> checkItems(String literal) {
        return checkBlocks.next(literal).stream()
                .map(line -> line.judged().map(ChecklistRenderer.Item::of)
                        .orElseGet(() -> new ChecklistRenderer.Item(line.shown(), CheckStatus.UNCHECKED)))
                .toList();
    }

    private void items(ListBlock list) {
        List<String> markers = ListMarkers.of(list);
        int index = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = markers.get(index++);
            out.pushMargin(new AttributedString(marker), new AttributedString(" ".repeat(marker.length())));
            if (item.getFirstChild() == null) {
                out.line(AttributedString.EMPTY);
            }
            visitChildren(item);
            out.popMargin();
        }
        endBlock(list);
    }

    private List<AttributedString> wrapped(Node block, AttributedStyle style) {
        return WordWrap.lines(InlineText.of(block, styles, style), out.width());
    }

    /** The blocks of a tight list's items follow each other without blank lines, as the author wrote them. */
    private void endBlock(Node block) {
        boolean inTightList = block.getParent() instanceof ListItem item
                && item.getParent() instanceof ListBlock list && list.isTight();
        if (!inTightList) {
            out.endBlock();
        }
    }
}
