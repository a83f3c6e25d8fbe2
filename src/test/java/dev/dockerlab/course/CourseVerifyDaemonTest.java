package dev.dockerlab.course;

import dev.dockerlab.AppContext;
import dev.dockerlab.cli.Cli;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course itself, proven on the real daemon as a maintainer's CI would:
 * every lesson's solutions pass their checks and the checks fail before them.
 * The JUnit report lands in target/ for CI to keep.
 */
@DaemonTest
class CourseVerifyDaemonTest {

    @TempDir
    Path home;

    @Test
    void everyLessonOfTheCoursePassesVerify(TestDaemon daemon) {
        daemon.labImage();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("NO_COLOR", "1", "XDG_STATE_HOME", home.resolve("state").toString(),
                "DOCKERLAB_DIR", home.resolve("lab").toString());
        AppContext context = new AppContext(env, home, daemon::connection);

        int status = Cli.create(context, new PrintWriter(out), new PrintWriter(err)).execute(
                "--lessons", Path.of("lessons").toAbsolutePath().toString(),
                "verify", "--junit-xml", Path.of("target/course-verify.xml").toAbsolutePath().toString());

        System.out.println(out);
        assertThat(status).as(out + err.toString()).isZero();
        assertThat(out.toString()).contains("9 lessons").doesNotContain("FAIL", "SKIP");
    }
}
