package dev.dockerlab.run;

import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.ShellResult;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lesson lifecycle every front end goes through, on the passing fixture lesson and a real daemon. */
@DaemonTest
class LessonRunDaemonTest {

    private static final Path PASSING = Path.of("src/test/resources/lessons/passing/01-passing.md");

    @TempDir
    Path lab;

    @TempDir
    Path state;

    private TestDaemon daemon;
    private Variables variables;
    private Ownership ledger;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-pass-web").owns("volume", "dlfx-pass-data");
        variables = new Variables(lab.toString(), daemon.labImage(), "passing");
        ledger = Ownership.load(state.resolve("owned.json"));
    }

    private Lesson lesson(Path file) {
        return LessonLibrary.load(List.of(file), variables).lessons().get(0);
    }

    private LessonRun run(Lesson lesson, Set<String> foreignAtStart) {
        return new LessonRun(daemon.connection(), ledger, lesson, variables, foreignAtStart);
    }

    private String volumes() {
        return daemon.sh("docker volume ls -q");
    }

    @Test
    void clearRefusesAnObjectDockerlabDidNotMakeAndTouchesNothingUnlessForced() throws Exception {
        daemon.sh("docker volume create --label \"$TEST_LABEL\" dlfx-pass-data >/dev/null");
        Files.createDirectories(lab.resolve("site"));
        LessonRun run = run(lesson(PASSING), Set.of());

        LessonRun.Outcome refused = run.clear(false);

        assertThat(refused.wasRefused()).isTrue();
        assertThat(LessonObjects.names(refused.refused())).isEqualTo("volume dlfx-pass-data");
        assertThat(refused.clean()).isFalse();
        assertThat(volumes()).contains("dlfx-pass-data");
        assertThat(lab.resolve("site")).exists();

        LessonRun.Outcome forced = run.clear(true);

        assertThat(forced.wasRefused()).isFalse();
        assertThat(forced.removal().removed()).containsExactly("volume dlfx-pass-data", "path " + lab.resolve("site"));
        assertThat(volumes()).doesNotContain("dlfx-pass-data");
    }

    @Test
    void whatSetupAndSolutionMakeIsClaimedAndFinishRemovesItAfterTheCleanup() {
        Lesson lesson = lesson(PASSING);
        LessonRun run = run(lesson, Set.of());
        assertThat(run.clear(false).clean()).isTrue();

        ShellResult solution = run.solution(lesson.exercises().get(0));
        ShellResult setup = run.setup(lesson.exercises().get(1));

        assertThat(solution.succeeded()).isTrue();
        assertThat(setup.succeeded()).isTrue();
        assertThat(run.foreign()).isEmpty();
        assertThat(run.present()).extracting(LessonObjects.Present::describe).containsExactly("container dlfx-pass-web");

        List<ShellResult> failed = new ArrayList<>();
        LessonRun.Outcome finished = run.finish(failed::add);

        assertThat(failed).isEmpty();
        assertThat(finished.clean()).isTrue();
        assertThat(finished.removal().removed()).containsExactly("container dlfx-pass-web", "path " + lab.resolve("site"));
        assertThat(lab.resolve("cleanup.marker")).hasContent("cleanup ran for passing");
        assertThat(run.present()).isEmpty();
    }

    @Test
    void anObjectThereBeforeTheLearnerStartedIsNeverClaimedNorRemovedUnforced() {
        daemon.sh("docker volume create --label \"$TEST_LABEL\" dlfx-pass-data >/dev/null");
        Lesson lesson = lesson(PASSING);
        Set<String> foreignAtStart = Set.of(run(lesson, Set.of()).foreign().get(0).identity());
        LessonRun run = run(lesson, foreignAtStart);

        run.recordAppeared();
        LessonRun.Outcome finished = run.finish(LessonRun.Listener.SILENT);

        assertThat(LessonObjects.names(finished.removal().refused())).isEqualTo("volume dlfx-pass-data");
        assertThat(finished.clean()).isFalse();
        assertThat(volumes()).contains("dlfx-pass-data");
    }

    @Test
    void aFailingCleanupIsHeardAsItFailsAndTheObjectsAreRemovedAllTheSame() throws Exception {
        Path lesson = state.resolve("01-passing.md");
        Files.writeString(lesson, Files.readString(PASSING).replace("echo \"cleanup ran for $LESSON\" > \"$LAB/cleanup.marker\"",
                "echo cleanup broke >&2; exit 3"));
        LessonRun run = run(lesson(lesson), Set.of());
        run.clear(false);
        daemon.sh("docker volume create --label \"$TEST_LABEL\" dlfx-pass-data >/dev/null");
        run.recordAppeared();

        List<String> heard = new ArrayList<>();
        LessonRun.Outcome reset = run.reset(false, failed -> heard.add(LessonRun.inOneLine(failed)));

        assertThat(heard).containsExactly("exited with status 3: cleanup broke");
        assertThat(reset.scriptsSucceeded()).isFalse();
        assertThat(reset.removal().removed()).containsExactly("volume dlfx-pass-data");
        assertThat(reset.clean()).isFalse();
    }
}
