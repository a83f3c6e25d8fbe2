package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A scripted REPL on a thread of its own, typed into line by line while it
 * runs: for tests of two sessions at once, which must interleave in a set
 * order. {@link #typeAndWait} returns once the REPL has handled every line
 * before it (a marker command's output is seen).
 */
final class BackgroundRepl implements AutoCloseable {

    private final PipedWriter keyboard = new PipedWriter();
    private final Transcript transcript = new Transcript();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Integer> status;
    private int markers;

    BackgroundRepl(AppContext context, Settings settings) throws IOException {
        this(context, settings, Optional.empty(), false);
    }

    /** @param watch as learn --watch */
    BackgroundRepl(AppContext context, Settings settings, Optional<String> lesson, boolean watch) throws IOException {
        PipedReader typed = new PipedReader(keyboard, 1 << 16);
        status = thread.submit(() -> ReplLauncher.scripted(context, settings, lesson, typed,
                new PrintWriter(transcript, true), watch, dev.dockerlab.classroom.client.LearnerEvents.NONE));
    }

    /** Types the lines, then waits until the REPL has handled them all. */
    void typeAndWait(String lines) throws Exception {
        markers++;
        // the shell prints "handled-N": the line as echoed shows the unexpanded $((...)) instead
        type(lines + "echo handled-$((" + markers + "))\n");
        transcript.await("\nhandled-" + markers + "\n", status);
    }

    void type(String lines) throws IOException {
        keyboard.write(lines);
        keyboard.flush();
    }

    /** Ends the input (as Ctrl-D would) and waits for the REPL's exit status. */
    int exit() throws Exception {
        keyboard.close();
        return status.get();
    }

    String out() {
        return transcript.toString();
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        thread.shutdownNow();
    }

    /** What the REPL printed, which a test can wait on. */
    private static final class Transcript extends Writer {

        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
            notifyAll();
        }

        synchronized void await(String expected, Future<?> repl) throws InterruptedException {
            while (text.indexOf(expected) < 0) {
                if (repl.isDone()) {
                    throw new IllegalStateException("the REPL ended before printing " + expected.strip() + ":\n" + text);
                }
                wait(1000);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
