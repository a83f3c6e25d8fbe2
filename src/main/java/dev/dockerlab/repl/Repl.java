package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.classroom.client.LearnerEvents;
import dev.dockerlab.failure.FailureReport;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Problem;
import dev.dockerlab.progress.ProgressStore;

import java.util.Optional;

/**
 * The learning loop: read a line; a slash command steers, anything else runs
 * in the learner's shell and the exercise is judged again. Progress is saved
 * as it changes, so leaving by Ctrl-D, /exit or a killed process loses at most
 * the command in flight.
 */
public final class Repl {

    private final Session session;
    private final LineSource lines;
    private final Navigator navigator;
    private final CommandRunner runner;
    private final Commands commands;
    private final Claims claims;
    private final Optional<LessonReload> reload;
    private boolean ownCommandFailed;

    Repl(Session session, LineSource lines) {
        this(session, lines, false);
    }

    /** @param watch read the lesson again before a prompt when its file changed (learn --watch) */
    Repl(Session session, LineSource lines, boolean watch) {
        this.session = session;
        this.lines = lines;
        this.claims = new Claims(session);
        Coach coach = new Coach(session);
        this.navigator = new Navigator(session, claims, coach);
        this.runner = new CommandRunner(session, coach, claims);
        this.commands = new Commands(session, navigator, coach, runner, claims, () -> {
            boolean yes = lines.confirm();
            session.typed(yes ? "y" : "n");
            return yes;
        });
        this.reload = watch ? Optional.of(new LessonReload(session, navigator)) : Optional.empty();
    }

    /** Builds the session: course, saved progress (a corrupt file is set aside), the daemon in the background. */
    static Session session(AppContext context, Settings settings, Screen screen, ProgressStore store) {
        return session(context, settings, screen, store, LearnerEvents.NONE);
    }

    static Session session(AppContext context, Settings settings, Screen screen, ProgressStore store, LearnerEvents events) {
        LessonShelf library = new LessonShelf(settings.lessonsDir(),
                new dev.dockerlab.model.Variables(settings.labDir().toString(), settings.image(), ""),
                problems -> {
                    screen.warn("Some lesson files have problems and are left out (dockerlab lint lists them):");
                    problems.stream().limit(5).map(Problem::toString).forEach(screen::warn);
                });
        ProgressStore.Loaded loaded = store.load();
        loaded.warning().ifPresent(screen::warn);
        return new Session(context, settings, library, screen, store, loaded.progress(), new LabConnection(context, settings),
                events);
    }

    SlashCommands commands() {
        return commands.table();
    }

    /** @return 0, or 1 when a slash command of the session failed */
    int run(Optional<String> lessonReference) {
        LessonShelf library = session.library;
        if (library.isEmpty()) {
            session.screen.error("There are no lessons in " + session.settings.lessonsDir() + ".");
            return 1;
        }
        Optional<Lesson> start = lessonReference.or(() -> session.progress().currentLesson())
                .flatMap(library::find);
        if (lessonReference.isPresent() && start.isEmpty()) {
            session.screen.error("There is no lesson " + lessonReference.get() + "; starting where you left off.");
            ownCommandFailed = true;
        }
        Optional<Lesson> opening = start.or(library::first).or(() -> library.lessons().stream().findFirst());
        if (opening.isEmpty()) {
            session.screen.error("None of the lessons in " + library.folder() + " can be read; dockerlab lint says why.");
            return 1;
        }
        guarded(() -> tell(session.events.open()));
        try {
            guarded(() -> navigator.open(opening.get(), null));
            session.countWork();
            loop();
        } finally {
            session.events.close();
        }
        claims.leave();
        if (!session.saveLast()) {
            return 1;
        }
        session.screen.faint("Progress saved. See you next time: dockerlab continues where you stopped.");
        return ownCommandFailed ? 1 : 0;
    }

    private void loop() {
        while (true) {
            reload.ifPresent(lesson -> guarded(lesson::ifChanged));
            guarded(() -> tell(session.events.news()));
            String prompt = session.prompt();
            session.connection().begin();
            Optional<String> next = lines.next(prompt);
            session.countWait();
            if (next.isEmpty()) {
                return;
            }
            // What the learner typed goes to the shell as it is: a trailing escaped space or a tab means something there.
            String typed = next.get();
            String line = typed.strip();
            if (line.isEmpty() || line.startsWith("#") && !line.contains("\n")) {
                continue;
            }
            session.typed(line.startsWith("/") ? line : typed);
            lines.remember(typed);
            if (line.startsWith("/")) {
                if (slash(line)) {
                    return;
                }
            } else {
                guarded(() -> runner.run(typed));
            }
            session.countWork();
            session.save();
        }
    }

    /** Lines about the class, as the learner events give them. */
    private void tell(java.util.List<LearnerEvents.Note> notes) {
        for (LearnerEvents.Note note : notes) {
            switch (note.kind()) {
                case OK -> session.screen.ok(note.text());
                case INFO -> session.screen.faint(note.text());
                case WARNING -> session.screen.warn(note.text());
            }
        }
    }

    /** @return true when the learner asked to leave */
    private boolean slash(String line) {
        String word = line.substring(1).split("\\s+", 2)[0];
        String arguments = line.substring(1).contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
        Optional<SlashCommand> command = commands.table().find(word);
        if (command.isEmpty()) {
            var candidates = commands.table().candidates(word);
            session.screen.warn(candidates.isEmpty() ? "There is no command /" + word + "; /help lists them."
                    : "/" + word + " could be " + String.join(", ", candidates.stream().map(name -> "/" + name).toList()) + ".");
            ownCommandFailed = true;
            return false;
        }
        if (command.get().name().equals("exit")) {
            return true;
        }
        boolean[] ok = {false};
        guarded(() -> ok[0] = command.get().handler().run(arguments));
        ownCommandFailed |= !ok[0];
        return false;
    }

    /**
     * Whatever goes wrong is said in one sentence and the session goes on: a
     * learner's REPL never ends in a stack trace (DOCKERLAB_DEBUG shows one).
     */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            ownCommandFailed = true;
            new FailureReport(session.context.env()).trace(failure, session.screen.out());
            session.screen.error(FailureReport.sentence(failure)
                    + (FailureReport.readable(failure).isEmpty()
                    ? (session.saved() ? "; your progress is saved and the session goes on." : "; the session goes on.") : ""));
        }
    }
}
