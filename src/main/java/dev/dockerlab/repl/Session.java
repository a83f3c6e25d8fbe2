package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.classroom.client.LearnerEvents;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.progress.ActiveTime;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.Progress;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.render.MarkdownRenderer;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.shell.LearnerShell;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one REPL session knows: the course, the lesson and step the learner is
 * on, their saved progress, the learner's shell, the daemon (made ready in the
 * background), where the session began and the lines typed since, and the
 * active time it counts into each lesson. Progress is saved after every change.
 */
final class Session {

    final AppContext context;
    final Settings settings;
    final LessonShelf library;
    final Screen screen;
    final LearnerShell shell;
    final LearnerEvents events;
    private final LabConnection lab;
    private final ProgressStore store;
    private final Progress progress;
    private final List<String> typedThisSession = new ArrayList<>();
    private final ActiveTime activeTime = new ActiveTime(System::nanoTime);
    private String startedAt;
    private Optional<String> unsaved = Optional.empty();
    private Lesson lesson;

    Session(AppContext context, Settings settings, LessonShelf library, Screen screen, ProgressStore store,
            Progress progress, LabConnection lab, LearnerEvents events) {
        this.context = context;
        this.settings = settings;
        this.library = library;
        this.screen = screen;
        this.store = store;
        this.progress = progress;
        this.lab = lab;
        this.events = events;
        this.shell = new LearnerShell(settings.labDir(), context.env(), variables("").asMap(), screen.encoding());
    }

    /** The daemon and lab image, waiting for them (with a spinner) when they are not ready yet. */
    Lab lab() {
        return lab.get(screen);
    }

    /** The connection itself: for completion, which never waits for it, and the loop, which starts it. */
    LabConnection connection() {
        return lab;
    }

    Variables variables(String lessonId) {
        return new Variables(settings.labDir().toString(), settings.image(), lessonId);
    }

    /** The current lesson's variables, with its run's ${TOKEN}. */
    Variables variables() {
        return variables(lesson.id()).withToken(lessonProgress().token());
    }

    /** What existed when the exercise started, as recorded in the progress; unrecorded before that. */
    StartState start(Exercise exercise) {
        return lessonProgress().start(exercise.number()).orElse(StartState.UNRECORDED);
    }

    Lesson lesson() {
        return lesson;
    }

    void lesson(Lesson next) {
        lesson = next;
        progress.moveTo(next.id());
        shell.export("LESSON", next.id());
    }

    Progress progress() {
        return progress;
    }

    LessonProgress lessonProgress() {
        return progress.lesson(lesson.id());
    }

    Step step() {
        int number = Math.max(1, Math.min(lessonProgress().step(), lesson.steps().size()));
        return lesson.steps().get(number - 1);
    }

    /** Where the learner is, as the learner events name it. */
    LearnerEvents.Place place() {
        Step step = step();
        return new LearnerEvents.Place(lesson.id(), step.number(), step.isExercise() ? step.exercise().number() : 0, step.title());
    }

    Optional<Exercise> exercise() {
        return Optional.ofNullable(step().exercise());
    }

    MarkdownRenderer renderer() {
        return new MarkdownRenderer(new RenderOptions(Math.min(screen.width(), 100), screen.color()));
    }

    /**
     * Saves the progress after a change. When it cannot be saved (a full disk)
     * the learner is told once, the session goes on, and the next change tries
     * again; the file keeps what it held.
     */
    void save() {
        Optional<String> failure = store.save(progress);
        if (failure.isPresent() && !failure.equals(unsaved)) {
            screen.error(notSaved(failure.get()) + " Your earlier progress is kept; I will try again after your next step.");
        } else if (failure.isEmpty() && unsaved.isPresent()) {
            screen.ok("Your progress is saved again.");
        }
        unsaved = failure;
    }

    /** The last save, as the session ends. @return whether it was saved */
    boolean saveLast() {
        unsaved = store.save(progress);
        unsaved.ifPresent(failure -> screen.error(notSaved(failure) + " The file keeps your progress as it was at its last save."));
        return unsaved.isEmpty();
    }

    /** Whether the last save worked. */
    boolean saved() {
        return unsaved.isEmpty();
    }

    private String notSaved(String why) {
        return "Could not save your progress: " + why + " (" + store.file() + ").";
    }

    /** Notes the lesson and step the session opens at, the first time it opens one: a replay starts there. */
    void markStart() {
        if (startedAt == null) {
            startedAt = lesson.id() + ":" + step().number();
        }
    }

    /** Where the session began, as /goto takes it ("bind-mounts:3"); empty before a lesson opened. */
    Optional<String> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** A line came in: the wait at the prompt counts into the current lesson, up to ActiveTime's cap. */
    void countWait() {
        long seconds = activeTime.lineTyped();
        if (lesson != null) {
            lessonProgress().spend(seconds);
        }
    }

    /** A line (or the opening) was handled: all its time counts into the lesson the learner is now in. */
    void countWork() {
        long seconds = activeTime.handled();
        if (lesson != null) {
            lessonProgress().spend(seconds);
        }
    }

    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
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
        Path lab = settings.labDir().toAbsolutePath().normalize();
        Path here = shell.workingDirectory().toAbsolutePath().normalize();
        if (here.equals(lab)) {
            return "";
        }
        return " " + (here.startsWith(lab) ? "$LAB/" + lab.relativize(here) : here.toString());
    }
}
