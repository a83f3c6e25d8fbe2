package dev.dockerlab.repl;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.progress.ActiveTime;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.Progress;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * A learner's progress in words: per lesson, exercises done, the step they are
 * on, hints and time. The time is active time (see ActiveTime): a wait at the
 * prompt counts up to five minutes, a command counts all the while it runs.
 */
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
            LessonProgress lessonProgress = progress.existing(lesson.id()).orElse(null);
            int exercises = lesson.exercises().size();
            total += exercises;
            if (lessonProgress == null) {
                out.printf("  %02d %-22s not started%n", lesson.number(), lesson.id());
                continue;
            }
            done += lessonProgress.completedOf(exercises);
            String current = progress.currentLesson().equals(Optional.of(lesson.id())) ? "  (you are here: step " + lessonProgress.step() + ")" : "";
            out.printf("  %02d %-22s %d/%s, %s, %d min%s%n", lesson.number(), lesson.id(),
                    lessonProgress.completedOf(exercises), Words.count(exercises, "exercise"),
                    Words.count(lessonProgress.totalHints(), "hint"), Math.round(lessonProgress.secondsSpent() / 60.0), current);
        }
        out.printf("%d of %s done.%n", done, Words.count(total, "exercise"));
        out.printf("Time is active time: each wait at the prompt counts up to %d minutes, a command all the while it runs.%n",
                ActiveTime.IDLE_CAP.toMinutes());
    }
}
