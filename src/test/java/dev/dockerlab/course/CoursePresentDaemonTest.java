package dev.dockerlab.course;

import dev.dockerlab.AppContext;
import dev.dockerlab.cli.Cli;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
        Map<String, String> env = new HashMap<>(Map.of("NO_COLOR", "1", "LANG", "C.UTF-8", "PATH", System.getenv("PATH"),
                "XDG_STATE_HOME", home.resolve("state").toString(), "DOCKERLAB_DIR", home.resolve("lab").toString()));
        // the commands present types run in this environment: they must reach the test's daemon
        Stream.of("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG").filter(name -> System.getenv(name) != null)
                .forEach(name -> env.put(name, System.getenv(name)));
        AppContext context = new AppContext(env, home, daemon::connection);

        int status = Cli.create(context, new PrintWriter(out), new PrintWriter(err)).execute(
                "--lessons", Path.of("lessons").toAbsolutePath().toString(),
                "present", lesson, "--auto", "--pause", "0", "--typing-delay", "0");

        assertThat(status).as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("END OF LESSON");
    }
}
