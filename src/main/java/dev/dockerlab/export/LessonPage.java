package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;

import java.util.List;
import java.util.Optional;

/**
 * A lesson's handout page: title, summary, introduction, the steps as
 * sections, and links to the lessons around it; and the page that holds them all.
 */
final class LessonPage {

    private final StepSection steps;

    LessonPage(StepSection steps) {
        this.steps = steps;
    }

    String html(Lesson lesson, Optional<Lesson> previous, Optional<Lesson> next) {
        String navigation = Navigation.html(previous, next);
        String body = navigation + "<main>\n" + article(lesson, "") + "</main>\n" + navigation;
        return PageFrame.page(String.format("%02d %s", lesson.number(), lesson.title()), body);
    }

    /** Every lesson in one page, for printing the whole course at once; step anchors named per lesson. */
    String course(List<Lesson> lessons) {
        StringBuilder body = new StringBuilder("<main>\n<header>\n<p class=\"eyebrow\">dockerlab handouts</p>\n")
                .append("<h1>The whole course</h1>\n</header>\n");
        for (Lesson lesson : lessons) {
            body.append("<section class=\"lesson\" id=\"").append(Html.escape(lesson.id())).append("\">\n")
                    .append(article(lesson, lesson.id() + "-")).append("</section>\n");
        }
        return PageFrame.page("dockerlab: the whole course", body.append("</main>\n").toString());
    }

    private String article(Lesson lesson, String anchorPrefix) {
        StringBuilder body = new StringBuilder("<header>\n")
                .append("<p class=\"eyebrow\">Lesson ").append(lesson.number()).append("</p>\n")
                .append("<h1>").append(Html.escape(lesson.title())).append("</h1>\n");
        if (!lesson.summary().isBlank()) {
            body.append("<p class=\"summary\">").append(Html.escape(lesson.summary())).append("</p>\n");
        }
        if (lesson.requires().storageDriver() != null) {
            body.append("<p class=\"requires\">Needs a daemon with the ")
                    .append(Html.escape(lesson.requires().storageDriver())).append(" storage driver.</p>\n");
        }
        body.append("</header>\n<div class=\"introduction\">\n")
                .append(MarkdownHtml.render(lesson.introduction())).append("</div>\n");
        for (Step step : lesson.steps()) {
            body.append(steps.html(step, anchorPrefix));
        }
        return body.toString();
    }
}
