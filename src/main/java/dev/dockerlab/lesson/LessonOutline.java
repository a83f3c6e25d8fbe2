package dev.dockerlab.lesson;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a lesson the engine needs from its Markdown: the title and
 * step headings and every fenced block, each with its lines in the file.
 */
record LessonOutline(List<SectionHeading> headings, List<CodeFence> fences) {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    LessonOutline {
        headings = List.copyOf(headings);
        fences = List.copyOf(fences);
    }

    /** Parses {@code lines}; the first {@code skipped} lines (the front matter) are read as blank. */
    static LessonOutline parse(List<String> lines, int skipped) {
        List<String> markdown = new ArrayList<>(lines);
        for (int i = 0; i < skipped; i++) {
            markdown.set(i, "");
        }
        OutlineVisitor visitor = new OutlineVisitor(lines);
        PARSER.parse(String.join("\n", markdown)).accept(visitor);
        return new LessonOutline(visitor.headings, visitor.fences);
    }

    List<SectionHeading> steps() {
        return headings.stream().filter(heading -> heading.level() == 2).toList();
    }

    private static final class OutlineVisitor extends AbstractVisitor {

        private final List<String> lines;
        private final List<SectionHeading> headings = new ArrayList<>();
        private final List<CodeFence> fences = new ArrayList<>();

        OutlineVisitor(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getParent() instanceof Document && heading.getLevel() <= 2) {
                headings.add(new SectionHeading(heading.getLevel(), PlainText.of(heading), range(heading)));
            }
        }

        @Override
        public void visit(FencedCodeBlock block) {
            LineRange range = range(block);
            String body = Objects.requireNonNullElse(block.getLiteral(), "");
            fences.add(new CodeFence(rawInfo(block, range.first()), body, range,
                    block.getClosingFenceLength() != null));
        }

        private String rawInfo(FencedCodeBlock block, int line) {
            String text = lines.get(line - 1);
            String fence = block.getFenceCharacter().repeat(block.getOpeningFenceLength());
            int at = text.indexOf(fence);
            return at < 0 ? block.getInfo() : text.substring(at + fence.length()).strip();
        }

        private static LineRange range(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return new LineRange(spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1);
        }
    }
}
