package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;

/** The file names of the handout pages: a lesson's page is named like its lesson file. */
final class PageName {

    static final String INDEX = "index.html";
    /** Every lesson on one page, to print the course in one go. */
    static final String COURSE = "course.html";

    private PageName() {
    }

    static String of(Lesson lesson) {
        return String.format("%02d-%s.html", lesson.number(), lesson.id());
    }
}
