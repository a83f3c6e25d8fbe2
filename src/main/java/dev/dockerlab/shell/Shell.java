package dev.dockerlab.shell;

import dev.dockerlab.model.Variables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs lesson shell code the way LESSON-FORMAT.md says: bash (else sh) in
 * ${LAB}, with LAB, IMAGE and LESSON (and a run's TOKEN) exported, scripts under {@code -e}, and
 * always within a time limit, after which the whole process group is killed.
 */
public final class Shell {

    public static final Duration SCRIPT_LIMIT = Duration.ofSeconds(120);
    public static final Duration COMMAND_LIMIT = Duration.ofSeconds(30);
    private static final int MAX_CAPTURE = 1 << 20;

    /** bash where there is one (found on PATH, as the learner's terminal finds it), else sh. */
    public static final String INTERPRETER = onPath("bash") ? "bash" : "sh";

    private final Path labDir;
    private final Variables variables;
    private final Map<String, String> exported;
    private final String shell;

    public Shell(Variables variables) {
        this.variables = variables;
        this.labDir = Path.of(variables.lab());
        this.exported = variables.asMap();
        this.shell = INTERPRETER;
    }

    /** A setup, solution or cleanup script: stops at the first failing command. */
    public ShellResult script(String body, Duration limit) {
        return run(List.of(shell, "-e", "-c", body), limit);
    }

    /** One command line of a {@code command} check. */
    public ShellResult command(String line, Duration limit) {
        return run(List.of(shell, "-c", line), limit);
    }

    public Path labDir() {
        return labDir;
    }

    /** {@code text} with this run's ${TOKEN} in it, when the run has one. */
    public String fillToken(String text) {
        return variables.fillToken(text);
    }

    /** The lab image these scripts run, ${IMAGE}. */
    public String image() {
        return exported.get("IMAGE");
    }

    private ShellResult run(List<String> argv, Duration limit) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(labDir);
            ProcessBuilder builder = new ProcessBuilder(argv).directory(labDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(exported);
            Process process = builder.start();
            Drain stdout = Drain.start(process.getInputStream());
            Drain stderr = Drain.start(process.getErrorStream());
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            return new ShellResult(finished ? process.exitValue() : -1, stdout.text(), stderr.text(), !finished,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException cannotStart) {
            return new ShellResult(127, "", "cannot run " + shell + ": " + cannotStart.getMessage(), false,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ShellResult(130, "", "interrupted", false, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Reads a stream on its own thread, so a chatty script never blocks on a full pipe. */
    private static final class Drain {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Drain(InputStream in) {
            thread = new Thread(() -> copy(in), "shell-output");
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

        String text() throws InterruptedException {
            thread.join(2000);
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
