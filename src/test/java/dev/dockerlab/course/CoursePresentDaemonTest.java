package dev.dockerlab.course;

import dev.dockerlab.AppContext;
import dev.dockerlab.cli.Cli;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestEnvironment;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lesson of the course plays through as an instructor's unattended demo
 * (`present --auto`): each step's examples and solution typed into one shell,
 * as a learner would, and every exercise ends with its checks passing.
 */
@DaemonTest
class CoursePresentDaemonTest {

    @TempDir
    Path home;

    static Stream<String> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            List<String> ids = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("\\d\\d-.*\\.md")).sorted()
                    .map(name -> name.substring(3, name.length() - 3)).toList();
            return ids.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theLessonPlaysThroughWithEveryExerciseDone(String lesson, TestDaemon daemon) {
        daemon.labImage();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = TestEnvironment.isolated(home, "state");
        AppContext context = new AppContext(env, home, daemon::connection);

        int status = Cli.create(context, new PrintWriter(out), new PrintWriter(err)).execute(
                "--lessons", Path.of("lessons").toAbsolutePath().toString(),
                "present", lesson, "--auto", "--pause", "0", "--typing-delay", "0");

        assertThat(status).as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("END OF LESSON");
    }
}
