package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.classroom.client.LearnerEvents;
import dev.dockerlab.lesson.FileSaves;
import dev.dockerlab.lesson.LessonFileName;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.render.CtypeLocale;
import dev.dockerlab.render.Glyphs;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Starts the REPL on the terminal, or in scripted mode when stdin is not a terminal. */
public final class ReplLauncher {

    private ReplLauncher() {
    }

    /**
     * @param watch  read the lesson again when its file is saved, for authors (learn --watch)
     * @param events hears of the learner's steps, judgements, hints and solutions (a class they joined)
     */
    public static int start(AppContext context, Settings settings, Optional<String> lesson, boolean watch,
                            LearnerEvents events) throws IOException {
        if (!dev.dockerlab.shell.Tty.stdinIsTerminal()) {
            return scripted(context, settings, lesson, new java.io.InputStreamReader(System.in),
                    new PrintWriter(System.out, true), watch, events);
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).encoding(typedEncoding(context)).build()) {
            Screen screen = Screen.on(terminal, settings.color(), Glyphs.of(context.env(), terminal));
            Session session = Repl.session(context, settings, screen, store(context), events);
            // Ctrl-C while a command runs stops the command (it shares the terminal), not dockerlab.
            terminal.handle(Terminal.Signal.INT, signal -> session.shell.interrupt());
            TerminalLines lines = new TerminalLines();
            Repl repl = new Repl(session, lines, watch);
            lines.attach(LearnerLineReader.build(terminal, new Completion(session, repl.commands()), history(context),
                    Continuation.ofLearnerShell()), screen);
            if (watch) {
                wakeOnSaves(session.library.folder(), lines);
            }
            return repl.run(lesson);
        }
    }

    /** The REPL over plain streams: for scripts, demos and tests. */
    public static int scripted(AppContext context, Settings settings, Optional<String> lesson, Reader in, PrintWriter out) {
        return scripted(context, settings, lesson, in, out, false, LearnerEvents.NONE);
    }

    public static int scripted(AppContext context, Settings settings, Optional<String> lesson, Reader in, PrintWriter out,
                               LearnerEvents events) {
        return scripted(context, settings, lesson, in, out, false, events);
    }

    /**
     * @param watch  read the lesson again, before each line, when its file changed
     * @param events hears of the learner's steps, judgements, hints and solutions (a class they joined)
     */
    public static int scripted(AppContext context, Settings settings, Optional<String> lesson, Reader in, PrintWriter out,
                               boolean watch, LearnerEvents events) {
        Screen screen = Screen.plain(out, Glyphs.of(context.env(), null));
        Session session = Repl.session(context, settings, screen, store(context), events);
        return new Repl(session, new ScriptedLines(new BufferedReader(in), out), watch).run(lesson);
    }

    /**
     * A learner waiting at the prompt is woken when a lesson file of the folder
     * is saved, so the REPL reads it again at once; without the watch (a folder
     * that cannot be watched) it does so at the next line.
     */
    private static void wakeOnSaves(Path folder, TerminalLines lines) {
        Thread watcher = new Thread(() -> {
            try (FileSaves saves = FileSaves.in(folder, LessonFileName::isLessonFile)) {
                while (true) {
                    saves.next();
                    lines.wake();
                }
            } catch (IOException | InterruptedException | ClosedWatchServiceException notWatched) {
                // the prompt still reads the lesson again at the next line
            }
        }, "dockerlab-lesson-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * How the terminal encodes what the learner types: the locale's codeset,
     * else UTF-8, which every terminal of today sends. Java's own default would
     * be ASCII under an unset locale, and turn "é" into "?" before bash sees it.
     */
    private static Charset typedEncoding(AppContext context) {
        return CtypeLocale.of(context.env()).flatMap(CtypeLocale::codeset).orElse(StandardCharsets.UTF_8);
    }

    private static ProgressStore store(AppContext context) {
        return new ProgressStore(StateDir.resolve(context.env(), context.home()));
    }

    private static Path history(AppContext context) throws IOException {
        Path dir = StateDir.resolve(context.env(), context.home());
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
