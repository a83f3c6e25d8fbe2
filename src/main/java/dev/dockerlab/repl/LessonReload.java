package dev.dockerlab.repl;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLoader;
import dev.dockerlab.lesson.LoadedLesson;
import dev.dockerlab.model.Variables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code learn --watch}, for authors: before each prompt, the lesson the
 * learner is in is read again when its file's text changed, and shown at the
 * same step (the last one, when that step is gone). A file lint rejects is
 * said by FILE:LINE and the lesson stays as it was. The text is compared, not
 * a file event awaited, so no save between two prompts is missed; a watcher
 * only wakes a prompt that waits at the terminal (ReplLauncher).
 */
final class LessonReload {

    private final Session session;
    private final Navigator navigator;
    private Path file;
    private String text;

    LessonReload(Session session, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
    }

    /** The file of the lesson open now, if any: what a watcher watches. */
    Path file() {
        Lesson lesson = session.lesson();
        return lesson == null ? null : lesson.file().toAbsolutePath().normalize();
    }

    /** Reads the lesson again if its file changed since it was last read; a new lesson's file is only noted. */
    void ifChanged() {
        Path now = file();
        if (now == null) {
            return;
        }
        String current = read(now);
        if (!now.equals(file)) {
            file = now;
            text = current;
            return;
        }
        if (current == null || Objects.equals(current, text)) {
            return;
        }
        text = current;
        Variables variables = new Variables(session.settings.labDir().toString(), session.settings.image(), "");
        LoadedLesson loaded = new LessonLoader(variables).load(now);
        if (!loaded.isClean()) {
            session.screen.warn("The lesson file changed, and has problems; the lesson stays as it was:");
            loaded.problems().forEach(problem -> session.screen.warn(problem.toString()));
            return;
        }
        Lesson lesson = loaded.lesson();
        int step = session.lessonProgress().step();
        session.lesson(lesson);
        session.screen.faint("The lesson file changed: read again.");
        if (step <= lesson.steps().size()) {
            navigator.show();
        } else {
            navigator.enterStep(lesson.steps().size());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException goneForNow) {
            // an editor between deleting and writing it: read at the next prompt
            return null;
        }
    }
}
