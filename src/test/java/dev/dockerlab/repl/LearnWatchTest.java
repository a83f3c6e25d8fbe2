package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * learn --watch, scripted: the author edits the lesson between two lines and
 * the REPL shows the new text at the same step; a lint error is shown by
 * FILE:LINE and the lesson stays; a step that is gone leaves the learner on
 * the last one. No daemon is needed to read steps.
 */
class LearnWatchTest {

    @TempDir
    Path home;

    @Test
    void anEditedLessonIsShownAgainAtTheSameStep() throws Exception {
        Path folder = Files.createDirectories(home.resolve("course"));
        Path lesson = folder.resolve("01-draft.md");
        Files.writeString(lesson, draft("The first words.", "A second step, first draft.", true));
        Settings settings = new Settings("dockerlab/busybox:1", home.resolve("lab"), Optional.empty(), folder, false);
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(),
                "LANG", "C.UTF-8")), home, () -> {
            throw new DockerUnavailable("Docker is not running.");
        });

        try (BackgroundRepl repl = new BackgroundRepl(context, settings, Optional.of("draft"), true)) {
            repl.typeAndWait("/next\n");
            assertThat(repl.out()).contains("A second step, first draft.");

            save(lesson, draft("The first words.", "A second step, second draft.", true));
            repl.typeAndWait("\n");
            String reloaded = after(repl.out(), "handled-1");
            assertThat(reloaded).contains("The lesson file changed: read again.", "step 2 of 2", "A second step, second draft.");

            save(lesson, draft("The first words.", "A second step, second draft.", true)
                    .replace("container draft-box is running", "container draft-box is floating"));
            repl.typeAndWait("\n");
            String broken = after(repl.out(), "handled-2");
            assertThat(broken).contains("has problems; the lesson stays as it was", lesson + ":").doesNotContain("read again");

            save(lesson, draft("The first words, again.", "", false));
            repl.typeAndWait("\n");
            String shorter = after(repl.out(), "handled-3");
            assertThat(shorter).contains("The lesson file changed: read again.", "step 1 of 1", "The first words, again.");
            repl.exit();
        }
    }

    private static String after(String transcript, String marker) {
        return transcript.substring(transcript.lastIndexOf(marker));
    }

    private static String draft(String first, String second, boolean withSecond) {
        String text = """
                ---
                title: Draft
                resources:
                  containers: [draft-box]
                ---
                # Draft

                Being written.

                ## First

                %s

                ```check
                container draft-box is running
                ```

                ```solution
                docker run -d --name draft-box "$IMAGE" sleep 600
                ```
                """.formatted(first);
        return withSecond ? text + "\n## Second\n\n" + second + "\n" : text;
    }

    /** As an editor that writes a new file and renames it over the old one. */
    private static void save(Path file, String text) throws Exception {
        Path written = Files.writeString(file.resolveSibling("." + file.getFileName() + ".tmp"), text);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
