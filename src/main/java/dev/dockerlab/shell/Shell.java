package dev.dockerlab.shell;

import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.TimeLimits;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.model.Quoting;
import dev.dockerlab.model.Variables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs lesson shell code the way LESSON-FORMAT.md says: bash (else sh) in
 * ${LAB}, with LAB, IMAGE and LESSON (and a run's TOKEN) exported, scripts under {@code -e}, and
 * always within a time limit, after which it is killed with all it started
 * ({@link BoundedProcess}). Lesson code talks to the daemon: when it runs out
 * of time, the daemon is asked whether it still answers, and a daemon that
 * does not ends the step with one sentence, as {@link DockerUnavailable}.
 */
public final class Shell {

    /** bash where there is one (found on PATH, as the learner's terminal finds it), else sh. */
    public static final String INTERPRETER = BoundedProcess.onPath("bash") ? "bash" : "sh";

    private final Path labDir;
    private final Variables variables;
    private final Map<String, String> exported;
    private final String shell;
    private final TimeLimits limits;
    private final Optional<DockerConnection> daemon;

    /** A shell whose scripts and commands talk to {@code daemon}, bounded by its time limits. */
    public Shell(Variables variables, DockerConnection daemon) {
        this(variables, daemon, Map.of());
    }

    /** A shell with the default time limits and no daemon to ask after a step that ran out of time. */
    public Shell(Variables variables) {
        this(variables, TimeLimits.DEFAULT, Optional.empty(), Map.of());
    }

    /**
     * @param environment more variables the code runs with, such as DOCKER_HOST
     *                    at the lesson's guard
     */
    public Shell(Variables variables, DockerConnection daemon, Map<String, String> environment) {
        this(variables, daemon.limits(), Optional.of(daemon), environment);
    }

    private Shell(Variables variables, TimeLimits limits, Optional<DockerConnection> daemon, Map<String, String> environment) {
        this.variables = variables;
        this.labDir = Path.of(variables.lab());
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putAll(variables.asMap());
        this.exported = Map.copyOf(all);
        this.shell = INTERPRETER;
        this.limits = limits;
        this.daemon = daemon;
    }

    /**
     * A setup, solution or cleanup script: stops at the first failing command,
     * which the result names under bash ({@link ShellResult#stoppedAt}).
     *
     * @param what the script, as a sentence names it: "the cleanup of lesson bind-mounts"
     */
    public ShellResult script(String what, String body) {
        if (!shell.equals("bash")) {
            return run(what, List.of(shell, "-e", "-c", body), limits.script());
        }
        return FailedCommand.untraced(run(what, List.of(shell, "-e", "-c", FailedCommand.traced(body)), limits.script()));
    }

    /** One command line of a {@code command} check (or a hint's {@code when}). */
    public ShellResult command(String line) {
        return run("the command check " + Quoting.quote(line), List.of(shell, "-c", line), limits.command());
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

    private ShellResult run(String what, List<String> argv, Duration limit) {
        daemon.filter(DockerConnection::fellSilent).ifPresent(silent -> answering(silent, what + " was not run"));
        try {
            Files.createDirectories(labDir);
        } catch (IOException cannotMake) {
            return new ShellResult(127, "", "cannot make " + labDir + ": " + cannotMake.getMessage(), false,
                    Duration.ZERO, limit);
        }
        ProcessBuilder builder = new ProcessBuilder(argv).directory(labDir.toFile());
        builder.environment().putAll(exported);
        ShellResult ran = BoundedProcess.run(builder, limit);
        if (ran.timedOut()) {
            daemon.ifPresent(asked -> answering(asked, what + " did not finish within " + limit.toSeconds() + " s"));
        }
        return ran;
    }

    /** Returns when the daemon answers; else throws its sentence, after what became of the step. */
    private static void answering(DockerConnection daemon, String step) {
        try {
            daemon.ensureAnswering();
        } catch (DockerUnavailable silent) {
            String reason = silent.getMessage();
            throw new DockerUnavailable(Character.toUpperCase(step.charAt(0)) + step.substring(1) + ": "
                    + Character.toLowerCase(reason.charAt(0)) + reason.substring(1), silent);
        }
    }
}
