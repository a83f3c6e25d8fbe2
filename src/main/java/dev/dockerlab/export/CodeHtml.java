package dev.dockerlab.export;

/** A block of code as written: never wrapped by the browser, so commands can be copied and diagrams keep their shape. */
final class CodeHtml {

    private CodeHtml() {
    }

    /** {@code kind} is the block's class (example, code, solution), {@code language} the info string's first word. */
    static String pre(String kind, String language, String literal) {
        return "<pre class=\"" + Html.escape(kind) + "\"><code class=\"language-" + Html.escape(language) + "\">"
                + Html.escape(literal) + "</code></pre>\n";
    }
}
