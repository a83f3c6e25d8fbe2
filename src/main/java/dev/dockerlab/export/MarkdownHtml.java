package dev.dockerlab.export;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Lesson Markdown as HTML, by commonmark's renderer with tables. Raw HTML in
 * a lesson is shown as text, as the terminal shows it, and links are
 * sanitized: a handout runs nothing.
 */
final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private MarkdownHtml() {
    }

    /** Renders {@code markdown}; its check blocks become lists of {@code goals}. */
    static String render(String markdown, Goals goals) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new FencedBlockHtml(context, goals))
                .build();
        return renderer.render(PARSER.parse(markdown));
    }

    static String render(String markdown) {
        return render(markdown, Goals.NONE);
    }
}
