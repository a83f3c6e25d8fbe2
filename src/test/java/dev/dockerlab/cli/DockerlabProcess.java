package dev.dockerlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * dockerlab as a process of its own, started from the test classpath: two
 * of these at once are two runs as users start them (own pid, own locks).
 * Its output is read as it comes, so a test can wait for a line.
 */
public final class DockerlabProcess {

    private final Process process;
    private final StringBuilder out = new StringBuilder();
    private final Thread reader;

    private DockerlabProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read);
        reader.start();
    }

    public static DockerlabProcess start(Path home, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("HOME", home.toString());
        return new DockerlabProcess(builder.start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (this) {
                    out.append(line).append('\n');
                    notifyAll();
                }
            }
        } catch (IOException ended) {
            // the process is gone; what it printed is kept
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the process has printed the text. */
    public synchronized void awaitOutput(String text) throws InterruptedException {
        while (out.indexOf(text) < 0) {
            if (!process.isAlive() && !reader.isAlive()) {
                throw new IllegalStateException("dockerlab ended before printing " + text + ":\n" + out);
            }
            wait(500);
        }
    }

    public int exitStatus() throws InterruptedException {
        int status = process.waitFor();
        reader.join();
        return status;
    }

    public synchronized String out() {
        return out.toString();
    }

    public void kill() {
        process.destroyForcibly();
    }
}
