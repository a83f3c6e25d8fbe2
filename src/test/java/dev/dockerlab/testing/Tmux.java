package dev.dockerlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A program in a real pseudo-terminal: a tmux server of its own (its own
 * socket), one window of a given size, keys typed and text pasted as a
 * terminal sends them, and the screen read back as the learner sees it.
 */
public final class Tmux implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path socket;

    private Tmux(Path socket) {
        this.socket = socket;
    }

    public static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    /**
     * Starts {@code command} in a window of {@code columns} x {@code rows},
     * with exactly the environment given (and TERM as tmux sets it: screen).
     */
    public static Tmux start(Path dir, Map<String, String> env, int columns, int rows, List<String> command) throws IOException {
        Tmux tmux = new Tmux(dir.resolve("tmux.sock"));
        String environment = env.entrySet().stream().map(entry -> quote(entry.getKey() + "=" + entry.getValue()))
                .collect(Collectors.joining(" "));
        String line = "exec env -i " + environment + " TERM=screen "
                + command.stream().map(Tmux::quote).collect(Collectors.joining(" "))
                + " 2> " + quote(dir.resolve("stderr.txt").toString());
        tmux.tmux("-f", "/dev/null", "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "sh", "-c", line);
        tmux.tmux("set-option", "-g", "remain-on-exit", "on");
        return tmux;
    }

    /** Types the text as keys, literally (no key names). */
    public void type(String text) {
        tmux("send-keys", "-l", "--", text);
    }

    /** Presses named keys: Enter, C-c, C-d, Tab, ... */
    public void press(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types a line and presses Enter. */
    public void line(String text) {
        type(text);
        press("Enter");
    }

    /** Pastes the text as a terminal does, bracketed when the program asked for it. */
    public void paste(String text) {
        tmux("set-buffer", "--", text);
        tmux("paste-buffer", "-p", "-d");
    }

    /** The visible screen as text. */
    public String screen() {
        return tmux("capture-pane", "-p");
    }

    /** The visible screen with its colours and attributes, as escape sequences. */
    public String styledScreen() {
        return tmux("capture-pane", "-p", "-e");
    }

    /** The whole scrollback and screen, lines joined where the terminal wrapped them. */
    public String transcript() {
        return tmux("capture-pane", "-p", "-J", "-S", "-");
    }

    /** Waits until the transcript satisfies the condition, and returns it; fails with what the screen shows. */
    public String await(String what, Predicate<String> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String text = transcript();
            if (condition.test(text)) {
                return text;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the terminal shows:\n" + text);
            }
            sleep(50);
        }
    }

    /** Waits until a file exists and has stopped growing, and returns its text. */
    public String awaitFile(Path file) {
        await(file + " to appear", text -> Files.exists(file));
        sleep(100);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException cannot) {
            throw new AssertionError("cannot read " + file, cannot);
        }
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-S", socket.toString(), "kill-server").start().waitFor();
        } catch (IOException | InterruptedException ignored) {
            // the server goes with its socket
        }
    }

    private String tmux(String... args) {
        List<String> argv = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        argv.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException cannot) {
            throw new AssertionError("cannot run tmux", cannot);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
