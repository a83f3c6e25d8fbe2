package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;

import java.util.List;

/** The first page of the handouts: every lesson with its number, title, summary and exercise count. */
final class IndexPage {

    private IndexPage() {
    }

    static String html(List<Lesson> lessons) {
        StringBuilder body = new StringBuilder("""
                <main>
                <header>
                <p class="eyebrow">dockerlab handouts</p>
                <h1>Lessons</h1>
                <p class="summary">In the commands, <code>${LAB}</code> is your lab folder and <code>${IMAGE}</code> \
                the lab image; in dockerlab's shell they are <code>$LAB</code> and <code>$IMAGE</code>.</p>
                </header>
                <table class="lessons">
                <thead><tr><th>#</th><th>Lesson</th><th>Exercises</th></tr></thead>
                <tbody>
                """);
        for (Lesson lesson : lessons) {
            body.append("<tr><td class=\"number\">").append(String.format("%02d", lesson.number())).append("</td>")
                    .append("<td><a href=\"").append(Html.escape(PageName.of(lesson))).append("\">")
                    .append(Html.escape(lesson.title())).append("</a>");
            if (!lesson.summary().isBlank()) {
                body.append("<p class=\"summary\">").append(Html.escape(lesson.summary())).append("</p>");
            }
            body.append("</td><td class=\"exercises\">").append(lesson.exercises().size()).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n<p class=\"whole-course\">To print the whole course in one go, open <a href=\"")
                .append(PageName.COURSE).append("\">every lesson on one page</a>.</p>\n</main>\n");
        return PageFrame.page("dockerlab lessons", body.toString());
    }
}
