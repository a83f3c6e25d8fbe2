package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control character in a lesson file is written out as text by the loader (its visible control picture),
 * the one place all lesson text passes, so no front end (check, verify, the
 * REPL, export, the JUnit report) can send it to a terminal; lint warns at its line.
 */
class ControlCharactersTest {

    private static final Path FILE = Path.of("course/01-escapes.md");
    private static final String LESSON = """
            ---
            resources: {containers: [web]}
            ---
            # Clear the \u001b[2Jscreen

            ## Ring \u0007 the bell

            ```check
            container web is running
            command "printf '\u001b[31m'" output contains "\u001b"
            ```

            ```solution
            docker run -d --name web "$IMAGE" sleep 60
            ```
            """;

    @Test
    void controlCharactersBecomeTextWithAWarningAtTheirLine() {
        LoadedLesson loaded = new LessonLoader(new Variables("/lab", "dockerlab/lab:1", "")).parse(FILE, LESSON);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.warnings()).extracting(Problem::toString).containsExactly(
                FILE + ":4: control character \\x1b at column 13 is shown as \u241b; write it out yourself"
                        + " (printf '\\033' in a command) to say what you mean",
                FILE + ":6: control character \\x07 at column 9 is shown as \u2407; write it out yourself"
                        + " (printf '\\033' in a command) to say what you mean",
                FILE + ":10: control character \\x1b at column 18 is shown as \u241b; write it out yourself"
                        + " (printf '\\033' in a command) to say what you mean");
        Lesson lesson = loaded.lesson();
        assertThat(lesson.title()).isEqualTo("Clear the \u241b[2Jscreen");
        assertThat(lesson.exercises().get(0).title()).isEqualTo("Ring \u2407 the bell");
        CheckLine command = lesson.exercises().get(0).checks().get(1);
        assertThat(command.source()).isEqualTo("command \"printf '\u241b[31m'\" output contains \"\u241b\"");
        assertThat(command.assertion().sentence()).doesNotContain("\u001b");
    }

    @Test
    void tabsAndWindowsLineEndingsAreNoControlCharactersToWarnAbout() {
        LoadedLesson loaded = new LessonLoader(new Variables("/lab", "dockerlab/lab:1", ""))
                .parse(FILE, LESSON.replace("\u001b", "").replace("\u0007", "").replace("\n", "\r\n").replace("Ring", "Ring\t"));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
    }
}
