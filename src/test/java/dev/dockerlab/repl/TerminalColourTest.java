package dev.dockerlab.repl;

import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Colour at a real terminal: the prompt is styled, unless NO_COLOR says otherwise (no-color.org). */
class TerminalColourTest {

    private static final String PROMPT = "[colours 1/1] $ ";

    @TempDir
    Path home;

    private Tmux tmux;

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void thePromptIsStyledByDefault() throws IOException {
        String prompt = promptLine(Map.of());
        assertThat(prompt).contains("\u001b[");
    }

    @Test
    void noColorLeavesThePromptAndEveryLinePlain() throws IOException {
        String screen = start(Map.of("NO_COLOR", "1"));
        assertThat(screen).contains(PROMPT.strip()).doesNotContain("\u001b[");
    }

    private String promptLine(Map<String, String> extra) throws IOException {
        return start(extra).lines().filter(line -> line.contains("colours 1/1")).findFirst().orElseThrow();
    }

    private String start(Map<String, String> extra) throws IOException {
        tmux = TerminalRepl.start(home, "colours", """
                ---
                title: Colours
                ---

                # Colours

                ## Look at the prompt

                Text with `code` and **bold**.
                """, extra, 100, 30);
        tmux.await("the prompt", text -> text.contains(PROMPT));
        return tmux.styledScreen();
    }
}
