package dev.dockerlab.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.function.UnaryOperator;

/**
 * The inline content of one block (a paragraph, a heading, a table cell) as a
 * single styled string. Soft breaks become spaces for the wrapper to reflow;
 * a hard break stays a {@code '\n'}, which the wrapper keeps.
 */
final class InlineText extends AbstractVisitor {

    private final Styles styles;
    private final AttributedStringBuilder text = new AttributedStringBuilder();

    private InlineText(Styles styles, AttributedStyle base) {
        this.styles = styles;
        text.style(base);
    }

    static AttributedString of(Node block, Styles styles, AttributedStyle base) {
        InlineText visitor = new InlineText(styles, base);
        block.accept(visitor);
        return visitor.text.toAttributedString();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        styled(styles::code, () -> text.append(node.getLiteral()));
    }

    @Override
    public void visit(Emphasis node) {
        styled(styles::emphasis, () -> visitChildren(node));
    }

    @Override
    public void visit(StrongEmphasis node) {
        styled(styles::strong, () -> visitChildren(node));
    }

    @Override
    public void visit(Link node) {
        linked(node, node.getDestination());
    }

    @Override
    public void visit(Image node) {
        linked(node, node.getDestination());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(HtmlInline node) {
        text.append(node.getLiteral());
    }

    /** A terminal cannot follow a link, so its address is written out, once when it is also the text. */
    private void linked(Node node, String url) {
        int start = text.length();
        styled(styles::linkText, () -> visitChildren(node));
        String shown = text.subSequence(start, text.length()).toString();
        if (url == null || url.isEmpty() || shown.equals(url)) {
            return;
        }
        if (shown.isEmpty()) {
            styled(styles::linkText, () -> text.append(url));
            return;
        }
        styled(styles::linkUrl, () -> text.append(" (").append(url).append(")"));
    }

    private void styled(UnaryOperator<AttributedStyle> change, Runnable content) {
        AttributedStyle around = text.style();
        text.style(change.apply(around));
        content.run();
        text.style(around);
    }
}
