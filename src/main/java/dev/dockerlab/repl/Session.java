package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.lesson.Variables;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.Progress;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.render.MarkdownRenderer;
import dev.dockerlab.render.RenderOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one REPL session knows: the course, the lesson and step the learner is
 * on, their saved progress, the learner's shell, the daemon (made ready in the
 * background), and the lines typed so far. Progress is saved after every change.
 */
final class Session {

    final AppContext context;
    final Settings settings;
    final LessonShelf library;
    final Screen screen;
    final LearnerShell shell;
    final LabConnection lab;
    private final ProgressStore store;
    private final Progress progress;
    private final List<String> typedThisSession = new ArrayList<>();
    private Lesson lesson;

    Session(AppContext context, Settings settings, LessonShelf library, Screen screen, ProgressStore store,
            Progress progress, LabConnection lab) {
        this.context = context;
        this.settings = settings;
        this.library = library;
        this.screen = screen;
        this.store = store;
        this.progress = progress;
        this.lab = lab;
        this.shell = new LearnerShell(settings.labDir(), variables("").asMap());
    }

    Variables variables(String lessonId) {
        return new Variables(settings.labDir().toString(), settings.image(), lessonId);
    }

    Variables variables() {
        return variables(lesson.id());
    }

    Lesson lesson() {
        return lesson;
    }

    void lesson(Lesson next) {
        lesson = next;
        progress.currentLesson = next.id();
        shell.export("LESSON", next.id());
    }

    Progress progress() {
        return progress;
    }

    LessonProgress lessonProgress() {
        return progress.lesson(lesson.id());
    }

    Step step() {
        int number = Math.max(1, Math.min(lessonProgress().step, lesson.steps().size()));
        return lesson.steps().get(number - 1);
    }

    Optional<Exercise> exercise() {
        return Optional.ofNullable(step().exercise());
    }

    MarkdownRenderer renderer() {
        return new MarkdownRenderer(new RenderOptions(Math.min(screen.width(), 100), screen.color()));
    }

    void save() {
        store.save(progress);
    }

    void typed(String line) {
        typedThisSession.add(line);
    }

    List<String> typedThisSession() {
        return List.copyOf(typedThisSession);
    }

    String prompt() {
        if (lesson == null) {
            return "dockerlab> ";
        }
        return "[" + lesson.id() + " " + step().number() + "/" + lesson.steps().size() + "]" + folderShown() + " $ ";
    }

    /** The working folder, when a cd took the learner out of ${LAB}: relative paths in the lessons mean ${LAB}. */
    private String folderShown() {
        java.nio.file.Path lab = settings.labDir().toAbsolutePath().normalize();
        java.nio.file.Path here = shell.workingDirectory().toAbsolutePath().normalize();
        if (here.equals(lab)) {
            return "";
        }
        return " " + (here.startsWith(lab) ? "$LAB/" + lab.relativize(here) : here.toString());
    }
}
