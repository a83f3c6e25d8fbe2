package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class CheckAndResetDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String lesson;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-pass-web").owns("volume", "dlfx-pass-data");
        dockerlab = new CliRun(home, daemon::connection);
        lesson = CliRun.fixture("passing").resolve("01-passing.md").toString();
    }

    @Test
    void checkJudgesStateMadeByHandWithTheDockerCli() {
        CliRun.Result before = dockerlab.run("check", lesson, "1");

        assertThat(before.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(before.out()).contains("A lesson that passes, exercise 1 of 2: Start a server",
                "[ ] container dlfx-pass-web is running", "there is no container named dlfx-pass-web", "0 of 2 checks pass.");

        daemon.sh("docker run -d --name dlfx-pass-web --label \"$TEST_LABEL\" \"$IMAGE\" httpd -f -p 80 -h /srv/www");
        CliRun.Result after = dockerlab.run("check", lesson, "Start a server");

        assertThat(after.status()).as(after.all()).isEqualTo(ExitCode.OK);
        assertThat(after.out()).contains("[x] container dlfx-pass-web is running",
                "[x] container dlfx-pass-web serves \"Welcome to dockerlab\" on port 80",
                "All 2 checks pass: exercise 1 is done.");
    }

    @Test
    void checkWithoutAnExercisePicksTheFirstNotYetSolvedAndLeavesTypedChecksToTheRepl() throws Exception {
        daemon.sh("docker run -d --name dlfx-pass-web --label \"$TEST_LABEL\" \"$IMAGE\" httpd -f -p 80 -h /srv/www");

        CliRun.Result second = dockerlab.run("check", lesson);

        assertThat(second.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(second.out()).contains("exercise 2 of 2: Keep a file in a volume",
                "[-] you typed a command with \"docker volume create\"  (counted in the dockerlab REPL only)",
                "0 of 2 state checks pass; 1 typed check is judged only in the dockerlab REPL.");

        Files.createDirectories(dockerlab.lab().resolve("site"));
        Files.writeString(dockerlab.lab().resolve("site/index.html"), "Hello fixture\n");
        daemon.sh("docker volume create --label \"$TEST_LABEL\" dlfx-pass-data >/dev/null && docker run --rm --label \"$TEST_LABEL\""
                + " -v dlfx-pass-data:/data \"$IMAGE\" sh -c 'echo Hello fixture > /data/index.html'");
        CliRun.Result done = dockerlab.run("check", lesson);
        assertThat(done.status()).isEqualTo(ExitCode.OK);
        assertThat(done.out()).contains("All 2 state checks pass; 1 typed check is judged only in the dockerlab REPL.")
                .doesNotContain("is done");
    }

    @Test
    void checkNamesTheExercisesWhenTheOneAskedForDoesNotExist() {
        CliRun.Result run = dockerlab.run("check", lesson, "9");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: lesson passing has exercises 1 to 2, not 9.\n");
    }

    @Test
    void resetRefusesWhatItDidNotMakeUnlessForced() {
        daemon.sh("docker volume create --label \"$TEST_LABEL\" dlfx-pass-data >/dev/null");

        CliRun.Result refused = dockerlab.run("reset", lesson);

        assertThat(refused.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(refused.out()).contains("Not reset: volume dlfx-pass-data existed before dockerlab ran this lesson; it may be yours.",
                "dockerlab reset passing --force");
        assertThat(daemon.sh("docker volume ls -q")).contains("dlfx-pass-data");

        CliRun.Result forced = dockerlab.run("reset", lesson, "--force");

        assertThat(forced.status()).as(forced.all()).isEqualTo(ExitCode.OK);
        assertThat(forced.out()).contains("removed volume dlfx-pass-data", "Lesson passing is reset.");
        assertThat(daemon.sh("docker volume ls -q")).doesNotContain("dlfx-pass-data");
    }

    @Test
    void resetRemovesDeclaredPathsOnlyInsideTheLabFolder() throws Exception {
        Files.createDirectories(dockerlab.lab().resolve("site"));
        Files.writeString(dockerlab.lab().resolve("site/index.html"), "x");
        Files.writeString(dockerlab.lab().resolve("keep.txt"), "not declared");

        CliRun.Result run = dockerlab.run("reset", lesson);

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(dockerlab.lab().resolve("site")).doesNotExist();
        assertThat(dockerlab.lab().resolve("keep.txt")).exists();
    }
}
