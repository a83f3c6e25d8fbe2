package dev.dockerlab.repl;

import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * learn --watch at a real terminal: a save of the lesson shows the new text
 * while the learner waits at the prompt, without a key pressed, and what they
 * had typed is still there to run.
 */
class LearnWatchTerminalTest {

    @TempDir
    Path home;

    @Test
    void aSaveIsShownWhileThePromptWaitsAndTheTypedLineStays() throws Exception {
        try (Tmux tmux = TerminalRepl.start(home, "draft", lesson("First draft of the step."), Map.of("NO_COLOR", "1"),
                100, 30, List.of("--watch"))) {
            tmux.await("the prompt", text -> text.contains("[draft 1/1] $ "));
            tmux.type("echo still-typed");
            tmux.await("the typed text", text -> text.contains("$ echo still-typed"));

            Path file = home.resolve("lessons").resolve("01-draft.md");
            Path written = Files.writeString(file.resolveSibling(".01-draft.md.swp"), lesson("Second draft of the step."));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            String shown = tmux.await("the lesson read again", text -> text.contains("Second draft of the step.")
                    && text.lastIndexOf("$ echo still-typed") > text.indexOf("Second draft of the step."));
            assertThat(shown).contains("The lesson file changed: read again.");
            tmux.press("Enter");
            tmux.await("the typed line run", text -> text.contains("\nstill-typed"));
        }
    }

    private static String lesson(String text) {
        return """
                ---
                title: Draft
                ---

                # Draft

                Being written.

                ## The only step

                %s
                """.formatted(text);
    }
}
