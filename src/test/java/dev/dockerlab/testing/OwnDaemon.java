package dev.dockerlab.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A dockerd the test starts, owns and may kill: its own socket, data root,
 * exec root and pid file in one folder, {@code --bridge=none
 * --iptables=false}, so killing it touches no one else's daemon. It runs only
 * as root where daemon tests are required (DOCKERLAB_REQUIRE_DAEMON or
 * CI=true); under CI=true a missing dockerd fails the test instead of skipping
 * it. {@link #close} stops it and removes its folder, mounts and all.
 */
public final class OwnDaemon implements AutoCloseable {

    private static final long START_LIMIT_SECONDS = 120;

    private final Path folder;
    private final List<String> extraFlags;
    private Process dockerd;

    private OwnDaemon(Path folder, List<String> extraFlags) {
        this.folder = folder;
        this.extraFlags = extraFlags;
    }

    /** Starts a daemon of the test's own, or skips the test where it may not (see the class comment). */
    public static OwnDaemon start(String... extraFlags) throws IOException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean required = ci || System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null;
        boolean haveDockerd = onPath("dockerd");
        if (ci && !haveDockerd) {
            throw new AssertionError("dockerd is not on PATH; this CI run must start a daemon of its own");
        }
        Assumptions.assumeTrue(required && isRoot() && haveDockerd,
                "a test-owned dockerd runs only as root, with dockerd on PATH, where daemon tests are required");
        OwnDaemon daemon = new OwnDaemon(Files.createTempDirectory("dld"), List.of(extraFlags));
        try {
            daemon.launch();
        } catch (RuntimeException | IOException failed) {
            daemon.close();
            throw failed;
        }
        return daemon;
    }

    public static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    public Path socket() {
        return folder.resolve("d.sock");
    }

    /** DOCKER_HOST for this daemon. */
    public String host() {
        return "unix://" + socket();
    }

    /** Runs the docker CLI against this daemon; fails the test when it fails. */
    public String docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker", "--host", host()));
        command.addAll(Arrays.asList(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("docker " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException cannotRun) {
            throw new AssertionError("cannot run docker: " + cannotRun.getMessage(), cannotRun);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }

    /**
     * SIGKILL, as a crash or the OOM killer would: no shutdown, the pid file
     * left behind. Its containerd follows it down (the containers' shims stay);
     * this waits for that, since a daemon started while the old containerd
     * still holds its socket waits for it in vain.
     */
    public void kill9() throws InterruptedException {
        List<ProcessHandle> children = dockerd.toHandle().children().toList();
        dockerd.destroyForcibly();
        dockerd.waitFor();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException stillThere) {
                child.destroyForcibly();
                child.onExit().join();
            }
        }
    }

    /** Starts it again on the same data root, clearing the pid file a killed daemon left. */
    public void restart() throws IOException {
        Files.deleteIfExists(folder.resolve("d.pid"));
        launch();
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of("dockerd", "-H", host(),
                "--data-root", folder.resolve("data").toString(), "--exec-root", folder.resolve("exec").toString(),
                "--pidfile", folder.resolve("d.pid").toString(), "--bridge=none", "--iptables=false"));
        command.addAll(extraFlags);
        Path log = folder.resolve("dockerd.log");
        dockerd = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (!answers()) {
            if (!dockerd.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the test's dockerd did not start; its log ends:\n" + tail(log));
            }
            sleep(200);
        }
    }

    private boolean answers() {
        try {
            Process probe = new ProcessBuilder("docker", "--host", host(), "version", "--format", "{{.Server.Version}}")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    /**
     * Stops the daemon (SIGTERM, then SIGKILL), ends what it left running in
     * its folder (containerd shims), unmounts what it mounted there and
     * removes the folder.
     */
    @Override
    public void close() {
        if (dockerd != null && dockerd.isAlive()) {
            dockerd.destroy();
            try {
                if (!dockerd.waitFor(60, TimeUnit.SECONDS)) {
                    dockerd.destroyForcibly().waitFor();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> String.join(" ", args).contains(folder.toString()))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        unmountUnder();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a folder under /tmp that could not be removed does no harm
        }
    }

    private void unmountUnder() {
        try {
            List<String> mounts = Files.readAllLines(Path.of("/proc/mounts")).stream()
                    .map(line -> line.split(" ")[1])
                    .filter(point -> point.startsWith(folder.toString()))
                    .sorted(Comparator.comparing(String::length).reversed())
                    .toList();
            for (String point : mounts) {
                new ProcessBuilder("umount", "-l", point).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException ignored) {
            // left mounted: the folder stays, nothing else is touched
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException unreadable) {
            return "(no log)";
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the test's dockerd", interrupted);
        }
    }
}
