package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;

import java.util.Optional;

/** A lesson's handout page: title, summary, introduction, the steps as sections, and links to the lessons around it. */
final class LessonPage {

    private final StepSection steps;

    LessonPage(StepSection steps) {
        this.steps = steps;
    }

    String html(Lesson lesson, Optional<Lesson> previous, Optional<Lesson> next) {
        String navigation = Navigation.html(previous, next);
        StringBuilder body = new StringBuilder(navigation).append("<main>\n<header>\n")
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
            body.append(steps.html(step));
        }
        body.append("</main>\n").append(navigation);
        return PageFrame.page(String.format("%02d %s", lesson.number(), lesson.title()), body.toString());
    }
}
