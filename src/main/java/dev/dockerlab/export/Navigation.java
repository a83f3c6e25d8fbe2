package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;

import java.util.Optional;

/** The links between handout pages: the lesson before, all lessons, the lesson after. */
final class Navigation {

    private Navigation() {
    }

    static String html(Optional<Lesson> previous, Optional<Lesson> next) {
        return "<nav class=\"pages\">\n"
                + previous.map(lesson -> link("prev", "\u2190 " + name(lesson), PageName.of(lesson)))
                        .orElse("<span class=\"prev\"></span>\n")
                + "<a class=\"index\" href=\"" + PageName.INDEX + "\">All lessons</a>\n"
                + next.map(lesson -> link("next", name(lesson) + " \u2192", PageName.of(lesson)))
                        .orElse("<span class=\"next\"></span>\n")
                + "</nav>\n";
    }

    private static String link(String relation, String text, String href) {
        return "<a class=\"" + relation + "\" rel=\"" + relation + "\" href=\"" + Html.escape(href) + "\">"
                + Html.escape(text) + "</a>\n";
    }

    private static String name(Lesson lesson) {
        return String.format("%02d %s", lesson.number(), lesson.title());
    }
}
