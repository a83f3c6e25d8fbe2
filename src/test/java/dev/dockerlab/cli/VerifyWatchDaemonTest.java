package dev.dockerlab.cli;

import dev.dockerlab.testing.CliProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify --watch as an author uses it, in a process of its own: each save of
 * the lesson (as an editor that writes a new file and renames it over the
 * old one does) verifies it again; a lint error is shown by FILE:LINE and the
 * watch goes on; Ctrl-C ends it.
 */
@DaemonTest
class VerifyWatchDaemonTest {

    private static final long BOUND_SECONDS = 120;
    private static final String WATCHING = "Ctrl-C ends.";

    @TempDir
    Path home;

    @Test
    void eachSaveIsVerifiedAgainAndALintErrorKeepsTheWatchGoing(TestDaemon daemon) throws Exception {
        daemon.labImage();
        Path lesson = Files.createDirectories(home.resolve("course")).resolve("01-watched.md");
        Files.writeString(lesson, lesson("touch \"$LAB/watched-mark\"", "command \"test -f ${LAB}/watched-mark\" succeeds"));
        CliProcess dockerlab = CliProcess.fromTestClassPath(home);
        if (System.getenv("DOCKER_HOST") != null) {
            dockerlab.env("DOCKER_HOST", System.getenv("DOCKER_HOST"));
        }
        Process watch = dockerlab.start("verify", "--watch", lesson.toString());
        Output output = Output.of(watch.getInputStream());
        try {
            assertThat(output.awaitCount(WATCHING, 1)).as(output.text()).isTrue();
            assertThat(output.text()).contains("PASS 1 Leave a mark");

            saveByRename(lesson, lesson("true", "command \"test -f ${LAB}/watched-mark\" succeeds"));
            assertThat(output.awaitCount(WATCHING, 2)).as(output.text()).isTrue();
            assertThat(output.sinceCount(WATCHING, 1)).contains("Saved: " + lesson, "FAIL 1 Leave a mark");

            saveByRename(lesson, lesson("true", "container watched-box is floating"));
            assertThat(output.awaitCount(WATCHING, 3)).as(output.text()).isTrue();
            assertThat(output.sinceCount(WATCHING, 2)).contains(lesson + ":16: ").doesNotContain("PASS", "FAIL");

            saveByRename(lesson, lesson("touch \"$LAB/watched-mark\"", "command \"test -f ${LAB}/watched-mark\" succeeds"));
            assertThat(output.awaitCount(WATCHING, 4)).as(output.text()).isTrue();
            assertThat(output.sinceCount(WATCHING, 3)).contains("PASS 1 Leave a mark");

            new ProcessBuilder("kill", "-INT", String.valueOf(watch.pid())).start().waitFor();
            assertThat(watch.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(watch.exitValue()).isEqualTo(130);
        } finally {
            watch.destroyForcibly();
        }
    }

    @Test
    void watchTakesExactlyOneLesson() throws Exception {
        CliProcess dockerlab = CliProcess.fromTestClassPath(home);

        CliProcess.Result run = dockerlab.run("verify", "--watch");

        assertThat(run.status()).as(run.output()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.output()).isEqualTo("dockerlab: --watch takes exactly one lesson, by id or file; none was named.\n");
    }

    private static String lesson(String solution, String check) {
        return """
                ---
                title: Watched
                resources:
                  paths: [watched-mark]
                ---
                # Watched

                A lesson its author is writing.

                ## Leave a mark

                Leave a mark in the lab.

                ```check
                command "test -d ${LAB}" succeeds
                %2$s
                ```

                ```solution
                %1$s
                ```
                """.formatted(solution, check);
    }

    /** Saves as vim and most IDEs do: a new file beside it, renamed over it. */
    private static void saveByRename(Path file, String text) throws IOException {
        Path written = Files.writeString(file.resolveSibling("." + file.getFileName() + ".swp"), text);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the process printed so far, read on a thread of its own. */
    private static final class Output {

        private final StringBuilder text = new StringBuilder();

        static Output of(InputStream stream) {
            Output output = new Output();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int read = stream.read(buffer); read >= 0; read = stream.read(buffer)) {
                        output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                } catch (IOException closed) {
                    // the process ended
                }
            }, "watch-output");
            reader.setDaemon(true);
            reader.start();
            return output;
        }

        private synchronized void append(String more) {
            text.append(more);
            notifyAll();
        }

        synchronized String text() {
            return text.toString();
        }

        /** Waits, up to a bound, until {@code line} was printed {@code count} times. */
        synchronized boolean awaitCount(String line, int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (occurrences(line) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** What was printed after the {@code count}-th {@code line}. */
        synchronized String sinceCount(String line, int count) {
            int at = -1;
            for (int i = 0; i < count; i++) {
                at = text.indexOf(line, at + 1);
            }
            return text.substring(at + line.length());
        }

        private int occurrences(String line) {
            int found = 0;
            for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
                found++;
            }
            return found;
        }
    }
}
