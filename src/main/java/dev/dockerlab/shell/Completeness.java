package dev.dockerlab.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether a command is whole, or the shell still waits for more of it: an
 * open quote, here-document, {@code (}, {@code {}, {@code if} or {@code for}
 * without its end, a trailing pipe or {@code \}. The shell itself is asked
 * ({@code -n} reads without running anything), so the answer follows its
 * grammar exactly instead of a copy of it.
 */
public final class Completeness {

    private static final long ASK_LIMIT_MS = 2000;
    private static final String KILLED = "killed by a signal";

    private final String shell;

    public Completeness(String shell) {
        this.shell = shell;
    }

    public static Completeness ofLearnerShell() {
        return new Completeness(Shell.INTERPRETER);
    }

    /**
     * @return true when running {@code text} now is what the shell would do at
     *         a prompt; false too when the thread is interrupted while asking,
     *         or the shell asked is killed (Ctrl-C at the terminal: what was
     *         typed must not run), with the interrupt kept for the caller to see
     */
    public boolean isComplete(String text) {
        if (endsOpen(complaint(text)) || Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (text.endsWith("\\")) {
            // A final backslash joins the next line to this one, unless it is itself
            // escaped or in a comment: bash -n reads "text\n}" as one valid line then.
            String joined = complaint(text + "\n}");
            if (joined.isEmpty() || joined.equals(KILLED)) {
                return false;
            }
        }
        return !Thread.currentThread().isInterrupted();
    }

    private static boolean endsOpen(String complaint) {
        return complaint.equals(KILLED)
                || complaint.contains("unexpected end of file")
                || complaint.contains("unexpected EOF")
                || complaint.contains("end of file unexpected")
                || complaint.contains("Unterminated quoted string")
                || complaint.contains("delimited by end-of-file");
    }

    /** What the shell says reading {@code text} without running it; empty when it has nothing to say. */
    private String complaint(String text) {
        ProcessBuilder builder = new ProcessBuilder(List.of(shell, "-n"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException exitedEarly) {
                // the shell stopped reading: what it said is on stderr
            }
            if (!process.waitFor(ASK_LIMIT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "";
            }
            if (process.exitValue() > 128) {
                // Killed by a signal: Ctrl-C reaches the whole foreground process group, this shell
                // too, a moment before JLine's handler interrupts the reader. Not known to be whole.
                return KILLED;
            }
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException cannotAsk) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
