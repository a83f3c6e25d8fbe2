package dev.dockerlab.shell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process that may talk to the daemon, and ends it at its time limit
 * with everything it started: a {@code docker} client waiting on a wedged
 * daemon never outlives the step that ran it. Where {@code setsid} exists the
 * process leads its own process group, so even a child whose parent already
 * exited is found and killed with the group; every descendant still in the
 * tree is killed as well. Input is empty; output is captured, at most 1 MiB.
 */
public final class BoundedProcess {

    private static final int MAX_CAPTURE = 1 << 20;
    private static final boolean SETSID = onPath("setsid");

    private BoundedProcess() {
    }

    /** Runs {@code builder}'s command (its directory and environment as set) for at most {@code limit}. */
    public static ShellResult run(ProcessBuilder builder, Duration limit) {
        long started = System.nanoTime();
        List<String> argv = new ArrayList<>(builder.command());
        if (SETSID) {
            argv.add(0, "setsid");
        }
        ProcessBuilder bounded = new ProcessBuilder(argv).directory(builder.directory())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        bounded.environment().clear();
        bounded.environment().putAll(builder.environment());
        try {
            Process process = bounded.start();
            Drain stdout = Drain.start(process.getInputStream());
            Drain stderr = Drain.start(process.getErrorStream());
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                killTree(process);
            }
            return new ShellResult(finished ? process.exitValue() : -1, stdout.text(), stderr.text(), !finished,
                    since(started), limit);
        } catch (IOException cannotStart) {
            return new ShellResult(127, "", "cannot run " + builder.command().get(0) + ": " + cannotStart.getMessage(),
                    false, since(started), limit);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ShellResult(130, "", "interrupted", false, since(started), limit);
        }
    }

    /** The group first (it holds children whose parent exited), then whatever of the tree is left. */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        if (SETSID) {
            killGroup(process.pid());
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Java cannot signal a process group; the shell's kill can. */
    private static void killGroup(long leader) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder(Shell.INTERPRETER, "-c", "kill -KILL -- -" + leader)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException cannotStart) {
            // the descendants are still killed one by one
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    /** Reads a stream on its own thread, so a chatty process never blocks on a full pipe. */
    private static final class Drain {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Drain(InputStream in) {
            thread = new Thread(() -> copy(in), "process-output");
            thread.setDaemon(true);
        }

        static Drain start(InputStream in) {
            Drain drain = new Drain(in);
            drain.thread.start();
            return drain;
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (bytes) {
                        if (bytes.size() < MAX_CAPTURE) {
                            bytes.write(buffer, 0, Math.min(n, MAX_CAPTURE - bytes.size()));
                        }
                    }
                }
            } catch (IOException endedWithTheProcess) {
                // a killed process closes its pipes: what was read so far is the output
            }
        }

        /** What was read; a process that left a child holding the pipe is not waited for past two seconds. */
        String text() throws InterruptedException {
            thread.join(2000);
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
