package dev.dockerlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * dockerlab as a process of its own, as users run it: its scripts see the
 * environment given here (DOCKER_HOST above all), not the test JVM's, and it
 * may run as another user ({@code runuser -u USER --}).
 */
public final class CliProcess {

    /** A guard so a hung run cannot hang the suite. */
    private static final long GUARD_MINUTES = 10;

    private final String classPath;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> asUser = new ArrayList<>();
    private ProcessBuilder.Redirect input = ProcessBuilder.Redirect.from(new java.io.File("/dev/null"));

    /** Runs {@code dev.dockerlab.cli.Main} from {@code classPath}, with PATH and the state and lab folders under {@code home}. */
    public CliProcess(String classPath, Path home) {
        this.classPath = classPath;
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("NO_COLOR", "1");
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        // the tests' own courses, trusted as CI trusts its course
        env.put("DOCKERLAB_TRUST", "1");
    }

    /** The test's own class path: target/classes and the dependencies, readable by this user. */
    public static CliProcess fromTestClassPath(Path home) {
        return new CliProcess(System.getProperty("java.class.path"), home);
    }

    public CliProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The run reads its standard input from {@code file} (a scripted REPL session), not /dev/null. */
    public CliProcess input(Path file) {
        input = ProcessBuilder.Redirect.from(file.toFile());
        return this;
    }

    public CliProcess as(String user) {
        asUser.addAll(List.of("runuser", "-u", user, "--"));
        return this;
    }

    public Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(asUser);
        if (!asUser.isEmpty()) {
            // runuser starts from a clean environment: the one given here is passed through env(1)
            command.add("env");
            env.forEach((name, value) -> command.add(name + "=" + value));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "dev.dockerlab.cli.Main", "--no-color"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(input);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    public Result run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("dockerlab " + String.join(" ", args) + " did not end:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    public record Result(int status, String output) {
    }
}
