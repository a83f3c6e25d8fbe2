package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.Settings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The daemon and lab image, made ready off the startup path: the connection
 * starts as the first prompt is shown (its class loading would otherwise
 * compete with the step's rendering on a two-core laptop), and the learner
 * waits (with a spinner) only when a command needs Docker before it is ready.
 */
final class LabConnection {

    private static final char[] SPINNER = {'|', '/', '-', '\\'};

    private final StringWriter buildOutput = new StringWriter();
    private final AppContext context;
    private final Settings settings;
    private CompletableFuture<Lab> lab;

    LabConnection(AppContext context, Settings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** Starts connecting in the background, once. */
    synchronized void begin() {
        if (lab == null) {
            lab = connect();
        }
    }

    private CompletableFuture<Lab> connect() {
        return CompletableFuture.supplyAsync(() -> Lab.open(context, settings, new PrintWriter(buildOutput, true)));
    }

    synchronized Optional<Lab> ifReady() {
        return lab != null && lab.isDone() && !lab.isCompletedExceptionally() ? Optional.of(lab.join()) : Optional.empty();
    }

    /**
     * Waits for the daemon; throws its own readable exception when there is
     * none. A failed attempt is not kept: after the learner starts Docker (or
     * installs busybox-static) the next command tries again. Nor is a lab whose
     * daemon fell silent: its client may be stuck on the old connection, so the
     * next command connects afresh, and says the daemon's sentence (in seconds)
     * while it is still silent.
     */
    synchronized Lab get(Screen screen) {
        begin();
        if (lab.isCompletedExceptionally() || ifReady().filter(ready -> ready.docker().fellSilent()).isPresent()) {
            context.close();
            lab = connect();
        }
        try {
            if (!lab.isDone() && screen.interactive()) {
                spin(screen);
            }
            Lab ready = lab.get();
            flushBuildOutput(screen);
            return ready;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException readable) {
                throw readable;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Docker");
        }
    }

    private void spin(Screen screen) throws InterruptedException {
        PrintWriter out = screen.out();
        for (int turn = 0; !lab.isDone(); turn++) {
            out.print("\r" + SPINNER[turn % SPINNER.length] + " connecting to Docker and preparing the lab image...");
            out.flush();
            try {
                lab.get(120, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notYet) {
                // the spinner turns until the future is done, either way
            }
        }
        out.print("\r" + " ".repeat(60) + "\r");
        out.flush();
    }

    private void flushBuildOutput(Screen screen) {
        String built = buildOutput.toString();
        if (!built.isEmpty()) {
            screen.faint(built.strip());
            buildOutput.getBuffer().setLength(0);
        }
    }
}
