package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The state folder on a full disk, for real: a 64 KiB tmpfs filled up (so
 * root only; skipped otherwise). The REPL says its progress could not be
 * saved, keeps the old file, goes on, and saves once there is room again.
 */
@DaemonTest
@Timeout(300)
class FullDiskReplDaemonTest {

    private static final String EARLIER = """
            {"version":1,"currentLesson":"host-notes","lessons":{"host-notes":{"step":1,"completed":[1],
            "solved":{"1":{"at":"2024-05-01T10:00:00Z","commands":[]}}}}}""";

    @TempDir
    Path home;

    private TestDaemon daemon;
    private Path state;
    private Path progress;

    @BeforeEach
    void fillTheDisk(TestDaemon daemon) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        this.daemon = daemon;
        state = Files.createDirectories(home.resolve("state"));
        run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", state.toString());
        progress = Files.createDirectories(state.resolve("dockerlab")).resolve("progress.json");
        Files.writeString(progress, EARLIER);
        run("sh", "-c", "dd if=/dev/zero of=" + state.resolve("filler") + " bs=1k 2>/dev/null; true");
    }

    @AfterEach
    void unmount() throws Exception {
        if (state != null) {
            run("umount", state.toString());
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private AppContext context() {
        return new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", state.toString(), "LANG", "C.UTF-8")),
                home, daemon::connection);
    }

    private Settings settings() {
        return new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(),
                Path.of("src/test/resources/lessons/host-notes").toAbsolutePath(), false);
    }

    @Test
    void aFailedSaveIsSaidOnceTheOldFileStaysAndTheNextChangeSavesOnceThereIsRoom() throws Exception {
        String notSaved = "Could not save your progress: no space left on device (" + progress
                + "). Your earlier progress is kept; I will try again after your next step.";
        try (BackgroundRepl repl = new BackgroundRepl(context(), settings())) {
            repl.typeAndWait("/goto host-notes:2\necho two > \"$LAB/note-two.txt\"\n");

            assertThat(repl.out()).as(repl.out()).contains(notSaved, "✔ Exercise 2 done")
                    .doesNotContain("internal error", "is saved");
            assertThat(repl.out().split(java.util.regex.Pattern.quote(notSaved), -1)).as("said once, not after every line").hasSize(2);
            assertThat(progress).hasContent(EARLIER);

            Files.delete(state.resolve("filler"));
            repl.typeAndWait("");
            int status = repl.exit();

            assertThat(repl.out()).as(repl.out()).contains("Your progress is saved again.", "Progress saved.");
            assertThat(status).as(repl.out()).isZero();
        }
        assertThat(Files.readString(progress)).containsPattern("\"completed\" : \\[ 1, 2 \\]");
    }

    @Test
    void aSessionEndingOnAFullDiskSaysItsProgressIsNotSavedWithoutAnInternalError() throws Exception {
        StringWriter out = new StringWriter();

        int status = ReplLauncher.scripted(context(), settings(), Optional.empty(),
                new StringReader("/goto host-notes:2\necho two > \"$LAB/note-two.txt\"\n/exit\n"), new PrintWriter(out));

        assertThat(out.toString()).as(out.toString())
                .contains("Could not save your progress: no space left on device (" + progress
                        + "). The file keeps your progress as it was at its last save.")
                .doesNotContain("internal error", "Progress saved", "your progress is saved");
        assertThat(status).as("the session ends, saying its progress was lost").isEqualTo(1);
        assertThat(progress).hasContent(EARLIER);
    }
}
