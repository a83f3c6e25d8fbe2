package dev.dockerlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written handout page read back. The pages are not XHTML, so they are read
 * with a few regular expressions that know their shape; each fails loudly
 * when that shape is not there.
 */
final class HandoutPage {

    private static final Pattern GOALS = Pattern.compile("<div class=\"goals\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern DETAILS = Pattern.compile(
            "<details class=\"([^\"]+)\">\\s*<summary>(.*?)</summary>(.*?)</details>", Pattern.DOTALL);
    private static final Pattern UNFOLDED = Pattern.compile("<div class=\"[^\"]* unfolded\">.*?</div>\n", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** One {@code <details>}: its class, its summary and what it folds away, all as HTML. */
    record Details(String kind, String summary, String body) {
    }

    private final String html;

    private HandoutPage(String html) {
        this.html = html;
    }

    static HandoutPage read(Path file) throws IOException {
        return new HandoutPage(Files.readString(file));
    }

    String html() {
        return html;
    }

    /** The section of step {@code number}. */
    String section(int number) {
        Matcher section = Pattern.compile("<section class=\"[^\"]*\" id=\"step-" + number + "\">(.*?)</section>",
                Pattern.DOTALL).matcher(html);
        if (!section.find()) {
            throw new AssertionError("no section for step " + number);
        }
        return section.group(1);
    }

    /** The goal items of every goal list in {@code html}, as HTML. */
    static List<String> goals(String html) {
        return GOALS.matcher(html).results()
                .flatMap(goals -> ITEM.matcher(goals.group(1)).results().map(item -> item.group(1)))
                .toList();
    }

    static List<Details> details(String html) {
        return DETAILS.matcher(html).results()
                .map(details -> new Details(details.group(1), details.group(2), details.group(3)))
                .toList();
    }

    /** The page without its folds, and without the open twins of the folds that only print shows. */
    static String withoutDetails(String html) {
        return UNFOLDED.matcher(DETAILS.matcher(html).replaceAll("")).replaceAll("");
    }

    /** What a reader sees of {@code html}: no tags, entities read, blanks collapsed. */
    static String text(String html) {
        return TAG.matcher(html).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
