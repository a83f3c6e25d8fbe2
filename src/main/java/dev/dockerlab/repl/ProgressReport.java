package dev.dockerlab.repl;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.Progress;

import java.io.PrintWriter;

/** A learner's progress in words: per lesson, exercises done, the step they are on, hints and time. */
public final class ProgressReport {

    private final LessonLibrary library;
    private final Progress progress;

    public ProgressReport(LessonLibrary library, Progress progress) {
        this.library = library;
        this.progress = progress;
    }

    public void print(PrintWriter out) {
        int done = 0;
        int total = 0;
        for (Lesson lesson : library.lessons()) {
            LessonProgress lessonProgress = progress.lessons.get(lesson.id());
            int exercises = lesson.exercises().size();
            total += exercises;
            if (lessonProgress == null) {
                out.printf("  %02d %-22s not started%n", lesson.number(), lesson.id());
                continue;
            }
            done += lessonProgress.completed.size();
            String current = lesson.id().equals(progress.currentLesson) ? "  (you are here: step " + lessonProgress.step + ")" : "";
            out.printf("  %02d %-22s %d/%d exercises, %d hints, %d min%s%n", lesson.number(), lesson.id(),
                    lessonProgress.completed.size(), exercises, lessonProgress.totalHints(),
                    Math.round(lessonProgress.secondsSpent / 60.0), current);
        }
        out.printf("%d of %d exercises done.%n", done, total);
    }
}
