package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A course that is not the shipped one runs nothing until the user trusts it. */
@DaemonTest
class TrustDaemonTest {

    private static final String LESSON = """
            ---
            title: A course from elsewhere
            ---

            # A course from elsewhere

            ## Leave a mark

            ```setup
            echo setup > "$LAB/marker"
            ```

            ```check
            command "echo check >> \\"$LAB/marker\\"" succeeds
            host ${LAB}/marker contains "solution"
            ```

            ```solution
            echo solution >> "$LAB/marker"
            ```

            ```cleanup
            echo cleanup >> "$LAB/marker"
            ```
            """;

    @TempDir
    Path home;

    @TempDir
    Path course;

    private CliRun dockerlab;
    private Path marker;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        daemon.labImage();
        Files.writeString(course.resolve("01-elsewhere.md"), LESSON);
        dockerlab = new CliRun(home, daemon::connection).untrusted();
        marker = dockerlab.lab().resolve("marker");
    }

    @Test
    void anUntrustedCourseIsRefusedInOneSentenceAndRunsNothing() {
        for (List<String> command : List.of(List.of("check", "elsewhere"), List.of("reset", "elsewhere"),
                List.of("verify"), List.of("learn"), List.of("present", "--auto", "elsewhere"))) {
            CliRun.Result run = dockerlab.run(args(command));

            assertThat(run.status()).as(command + ": " + run.all()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command.toString()).isEqualTo("dockerlab: the course in " + course
                    + " is not trusted, and its lessons run code on your machine; read it with `dockerlab trust show --lessons "
                    + course + "`, then trust it with `dockerlab trust allow --lessons " + course
                    + "` (or pass --trust for one run, or set DOCKERLAB_TRUST=1 in CI).\n");
            assertThat(marker).as(command.toString()).doesNotExist();
        }
    }

    @Test
    void aLessonNamedByItsFileIsRefusedToo() {
        CliRun.Result run = dockerlab.run("check", course.resolve("01-elsewhere.md").toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is not trusted");
        assertThat(marker).doesNotExist();
    }

    @Test
    void afterTrustAllowItRunsAndAnEditAsksAgain() throws IOException {
        CliRun.Result allowed = dockerlab.run("--lessons", course.toString(), "trust", "allow");
        assertThat(allowed.status()).as(allowed.all()).isEqualTo(ExitCode.OK);
        assertThat(home.resolve("state/dockerlab/trusted.json")).exists();

        CliRun.Result verified = dockerlab.run(args(List.of("verify")));
        assertThat(verified.status()).as(verified.all()).isEqualTo(ExitCode.OK);
        assertThat(marker).content().contains("setup", "solution", "cleanup");

        Files.writeString(course.resolve("01-elsewhere.md"), LESSON.replace("Leave a mark", "Leave a mark again"));
        Files.delete(marker);
        CliRun.Result edited = dockerlab.run(args(List.of("verify")));
        assertThat(edited.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(edited.err()).contains("is not trusted");
        assertThat(marker).doesNotExist();
    }

    @Test
    void revokeTakesTrustBack() {
        dockerlab.run("--lessons", course.toString(), "trust", "allow");
        CliRun.Result revoked = dockerlab.run("--lessons", course.toString(), "trust", "revoke");

        assertThat(revoked.out()).contains("is no longer trusted");
        CliRun.Result check = dockerlab.run(args(List.of("check", "elsewhere")));
        assertThat(check.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(marker).doesNotExist();
    }

    @Test
    void trustFlagAndEnvironmentRunItWithoutTrustingIt() {
        CliRun.Result flagged = dockerlab.run("--lessons", course.toString(), "--trust", "reset", "elsewhere");
        assertThat(flagged.status()).as(flagged.all()).isEqualTo(ExitCode.OK);
        assertThat(marker).content().contains("cleanup");
        assertThat(home.resolve("state/dockerlab/trusted.json")).doesNotExist();

        CliRun.Result byEnvironment = dockerlab.env("DOCKERLAB_TRUST", "1").run(args(List.of("verify")));
        assertThat(byEnvironment.status()).as(byEnvironment.all()).isEqualTo(ExitCode.OK);
        assertThat(home.resolve("state/dockerlab/trusted.json")).doesNotExist();
    }

    @Test
    void showPrintsEveryPieceOfCodeAndNeedsNoTrust() {
        CliRun.Result shown = dockerlab.run("--lessons", course.toString(), "trust", "show");

        assertThat(shown.status()).as(shown.all()).isEqualTo(ExitCode.OK);
        assertThat(shown.out()).contains("not trusted", "lesson elsewhere:", "exercise 1 setup:",
                "echo setup > \"$LAB/marker\"", "exercise 1 command check:", "exercise 1 solution:", "cleanup:");
        assertThat(marker).doesNotExist();
        assertThat(dockerlab.run("--lessons", course.toString(), "lint").status()).isEqualTo(ExitCode.OK);
        assertThat(dockerlab.run("--lessons", course.toString(), "list").status()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theShippedCourseNeedsNoTrust() {
        CliRun.Result shown = dockerlab.run("trust", "show");

        assertThat(shown.out()).contains("shipped with dockerlab, trusted");
    }

    private String[] args(List<String> command) {
        List<String> all = new java.util.ArrayList<>(List.of("--lessons", course.toString()));
        all.addAll(command);
        return all.toArray(String[]::new);
    }
}
