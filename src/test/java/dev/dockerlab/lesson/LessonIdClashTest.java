package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two lessons with one id share progress and object names, wherever their files are. */
class LessonIdClashTest {

    private static final Linter LINTER = new Linter(new Variables("/tmp/lab", "dockerlab/lab:1", ""));

    @TempDir
    Path home;

    @Test
    void lessonsOfOneIdInDifferentFoldersAreAProblem() throws IOException {
        Path first = lesson(home.resolve("a"), "01-shared.md");
        Path second = lesson(home.resolve("b"), "04-shared.md");

        assertThat(LINTER.lint(List.of(home.resolve("a"), home.resolve("b")))).extracting(Problem::toString)
                .containsExactly(second + ":1: lesson id 'shared' is also used by " + first);
        assertThat(LINTER.lint(List.of(first, second))).extracting(Problem::toString)
                .containsExactly(second + ":1: lesson id 'shared' is also used by " + first);
    }

    @Test
    void oneFileNamedTwiceIsNoClash() throws IOException {
        Path file = lesson(home.resolve("a"), "01-shared.md");

        assertThat(LINTER.lint(List.of(file, home.resolve("a"), file))).isEmpty();
    }

    @Test
    void aFoldersOwnClashIsReportedOnce() throws IOException {
        lesson(home.resolve("a"), "01-shared.md");
        lesson(home.resolve("a"), "02-shared.md");

        assertThat(LINTER.lint(List.of(home.resolve("a")))).hasSize(1);
    }

    private static Path lesson(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), Files.readString(
                Path.of("src/test/resources/lessons/passing/01-passing.md")));
    }
}
