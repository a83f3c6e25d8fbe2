package dev.dockerlab.shell;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the learner's command lines in bash (else sh), in ${LAB} at first. As
 * in a shell, {@code cd}, variables, functions and aliases carry over from one
 * line to the next: each line is eval'd by a fresh shell that then writes its
 * working folder, environment and shell variables back. On a terminal the command gets the real
 * terminal (so {@code docker run -it} works) and Ctrl-C stops it, not the REPL;
 * in scripted use it reads nothing and its output is copied to the REPL's.
 * Public for {@code dockerlab present}, which runs the commands it types the
 * same way.
 */
public final class LearnerShell {

    /**
     * The line comes in a file, as bytes: an environment variable would pass
     * through the JVM's charset. Under bash, what a shell keeps between lines
     * that the environment cannot carry (variables that are not exported,
     * arrays, functions, aliases) is written back as {@code declare} and
     * {@code alias} lines and read in before the next line: {@code VOL=$(...)}
     * on one line is there on the next, as at a terminal. Exported variables
     * travel in the environment, so that dockerlab's own stay its own; bash's
     * own variables (BASH*, RANDOM, PPID...) are bash's.
     */
    private static final String RUNNER = """
            if [ -n "$BASH_VERSION" ]; then
                shopt -s expand_aliases
                [ -f "$DOCKERLAB_STATE/vars" ] && . "$DOCKERLAB_STATE/vars" 2>/dev/null
            fi
            eval "$(cat "$DOCKERLAB_STATE/line")"
            __dockerlab_status=$?
            pwd > "$DOCKERLAB_STATE/pwd"
            "$DOCKERLAB_ENV" -0 > "$DOCKERLAB_STATE/env"
            if [ -n "$BASH_VERSION" ]; then
                {
                    __dockerlab_exported=" $(compgen -e | tr '\n' ' ') "
                    for __dockerlab_name in $(compgen -v); do
                        case "$__dockerlab_name" in
                            BASH*|COMP_*|DIRSTACK|EPOCH*|EUID|FUNCNAME|GROUPS|HIST*|HOSTNAME|IFS|LINENO|OPT*|PIPESTATUS|PPID|PS4|RANDOM|SECONDS|SHELLOPTS|SHLVL|SRANDOM|UID|_|__dockerlab_*) continue ;;
                        esac
                        case "$__dockerlab_exported" in *" $__dockerlab_name "*) continue ;; esac
                        declare -p "$__dockerlab_name"
                    done
                    declare -f
                    alias -p
                } > "$DOCKERLAB_STATE/vars.next" 2>/dev/null && mv -f "$DOCKERLAB_STATE/vars.next" "$DOCKERLAB_STATE/vars"
            fi
            exit $__dockerlab_status
            """;
    private static final Set<String> NOT_CARRIED = Set.of("DOCKERLAB_STATE", "DOCKERLAB_ENV", "_", "SHLVL", "OLDPWD");
    /** env by its full path: a line that breaks PATH must not lose the whole environment with it. */
    private static final String ENV = Files.isExecutable(Path.of("/usr/bin/env")) ? "/usr/bin/env" : "/bin/env";

    private static final long INTERRUPT_GRACE_MS = 1500;

    private final String shell;
    private final Path state;
    private final Charset encoding;
    private final Path labDir;
    private Path cwd;
    private Map<String, String> env;
    private volatile Process running;
    private volatile boolean interrupted;

    /**
     * @param environment the environment dockerlab was started with (AppContext's), which the learner's commands inherit
     * @param variables   LAB, IMAGE and LESSON, set on top of it
     * @param encoding    how the terminal encodes what the learner types, so that bash gets the same bytes
     */
    public LearnerShell(Path labDir, Map<String, String> environment, Map<String, String> variables, Charset encoding) {
        this.encoding = encoding;
        this.shell = dev.dockerlab.shell.Shell.INTERPRETER;
        this.labDir = labDir;
        this.cwd = labDir;
        this.env = new HashMap<>(environment);
        this.env.putAll(variables);
        try {
            Files.createDirectories(labDir);
            this.state = Files.createTempDirectory("dockerlab-shell-");
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        this.state.toFile().deleteOnExit();
    }

    public void export(String name, String value) {
        env.put(name, value);
    }

    public Path workingDirectory() {
        return cwd;
    }

    /**
     * @param terminal true: the command gets this process's terminal; false:
     *                 it reads nothing and its output goes to {@code out}, live
     * @return the command's exit status (130 when interrupted)
     */
    public int run(String line, boolean terminal, PrintWriter out) {
        ProcessBuilder builder = new ProcessBuilder(List.of(shell, "-c", RUNNER));
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("DOCKERLAB_STATE", state.toString());
        builder.environment().put("DOCKERLAB_ENV", ENV);
        if (terminal) {
            builder.inheritIO();
        } else {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true);
        }
        try {
            builder.directory(existingCwd());
            Files.write(state.resolve("line"), line.getBytes(encoding));
            Process process = builder.start();
            running = process;
            if (!terminal) {
                copy(process, out);
            }
            int status = process.waitFor();
            readBack();
            return status;
        } catch (IOException cannotStart) {
            out.println("dockerlab: cannot run " + shell + ": " + cannotStart.getMessage());
            return 127;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            running = null;
        }
    }

    /**
     * Ctrl-C reached dockerlab while a command ran (the command got it too).
     * A docker client attached to a container whose main process ignores
     * SIGINT (PID 1 does, unless it handles it) would wait for two more
     * presses; after a short grace it is stopped here, so one press is enough.
     * The container goes on running: {@link #wasInterrupted()} lets the REPL say so.
     */
    public void interrupt() {
        Process process = running;
        if (process == null) {
            return;
        }
        interrupted = true;
        Thread grace = new Thread(() -> {
            try {
                if (!process.waitFor(INTERRUPT_GRACE_MS, TimeUnit.MILLISECONDS)) {
                    process.descendants().filter(LearnerShell::isContainerClient).forEach(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException leave) {
                Thread.currentThread().interrupt();
            }
        }, "ctrl-c-grace");
        grace.setDaemon(true);
        grace.start();
    }

    /** @return whether Ctrl-C was pressed during the last command; asking clears it */
    public boolean wasInterrupted() {
        boolean was = interrupted;
        interrupted = false;
        return was;
    }

    private static boolean isContainerClient(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("docker") || name.equals("podman")).isPresent();
    }

    /** The folder the learner is in; when a command removed it, the lab folder (made again), where lessons start. */
    private File existingCwd() throws IOException {
        if (Files.isDirectory(cwd)) {
            return cwd.toFile();
        }
        cwd = Files.createDirectories(labDir);
        return cwd.toFile();
    }

    private static void copy(Process process, PrintWriter out) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                out.flush();
            }
        }
    }

    /** Takes over the folder and environment the line left, when it got as far as writing them. */
    private void readBack() throws IOException {
        Path pwd = state.resolve("pwd");
        Path envFile = state.resolve("env");
        if (Files.isRegularFile(pwd)) {
            cwd = Path.of(Files.readString(pwd).strip());
            Files.delete(pwd);
        }
        if (Files.isRegularFile(envFile)) {
            Map<String, String> next = new HashMap<>();
            for (String entry : Files.readString(envFile).split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0 && !NOT_CARRIED.contains(entry.substring(0, equals))) {
                    next.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            Files.delete(envFile);
            if (!next.isEmpty()) {
                env = next;
            }
        }
    }
}
