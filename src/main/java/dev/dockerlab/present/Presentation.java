package dev.dockerlab.present;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.Variables;
import dev.dockerlab.render.Glyphs;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Starts a presentation on the terminal, with keys from the keyboard; or,
 * when stdin or stdout is not a terminal, in scripted mode: plain text to the
 * command's writer and keys as lines of stdin. --auto needs no keys, and
 * --keys FILE takes them from a file in either case.
 */
public final class Presentation {

    private final AppContext context;
    private final Settings settings;
    private final Lesson lesson;
    private final Variables variables;
    private final PresentOptions options;

    /** @param variables those the lesson was loaded with */
    public Presentation(AppContext context, Settings settings, Lesson lesson, Variables variables, PresentOptions options) {
        this.context = context;
        this.settings = settings;
        this.lesson = lesson;
        this.variables = variables;
        this.options = options;
    }

    /**
     * @param out where scripted mode writes; on a terminal the terminal is written to
     * @return true when the lesson was shown, its exercises ended done and nothing is left
     */
    public boolean start(PrintWriter out) throws IOException {
        if (!dev.dockerlab.shell.Tty.stdinIsTerminal()) {
            return withKeys(Stage.plain(out, Glyphs.of(context.env(), null), options.theme()), null);
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            // Ctrl-C while a command runs stops the command (it shares the terminal), not the presentation;
            // while keys are read it is a key.
            terminal.handle(Terminal.Signal.INT, signal -> { });
            Stage stage = Stage.on(terminal, settings.color(), Glyphs.of(context.env(), terminal), options.theme());
            // killed (SIGTERM, SIGHUP), the terminal still gets its whole screen back
            Thread restore = new Thread(stage::release, "dockerlab-present-restore");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                return withKeys(stage, terminal);
            } finally {
                stage.release();
                try {
                    Runtime.getRuntime().removeShutdownHook(restore);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run: the screen is given back either way
                }
            }
        }
    }

    /** @param terminal the terminal, or null in scripted mode */
    private boolean withKeys(Stage stage, Terminal terminal) throws IOException {
        if (options.auto() && terminal == null) {
            return present(stage, new AutoKeys(options.pause(), null));
        }
        if (options.auto()) {
            try (TerminalKeys keyboard = new TerminalKeys(terminal)) {
                return present(stage, new AutoKeys(options.pause(), keyboard));
            }
        }
        if (options.keys().isPresent()) {
            try (BufferedReader lines = Files.newBufferedReader(options.keys().get(), StandardCharsets.UTF_8)) {
                return present(stage, new ScriptedKeys(lines, stage::note));
            }
        }
        if (terminal != null) {
            try (TerminalKeys keyboard = new TerminalKeys(terminal)) {
                return present(stage, keyboard);
            }
        }
        // stdin is the process's: read, never closed
        return present(stage, new ScriptedKeys(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                stage::note));
    }

    private boolean present(Stage stage, Keys keys) {
        Lab lab = Lab.open(context, settings, stage.out());
        return new Presenter(lesson, variables, lab, stage, keys, options).present();
    }
}
