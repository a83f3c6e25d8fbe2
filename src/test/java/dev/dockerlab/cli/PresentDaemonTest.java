package dev.dockerlab.cli;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.Variables;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** dockerlab present in scripted mode: played through with --auto, and steered by a key file. */
@DaemonTest
class PresentDaemonTest {

    private static final Pattern HOUSEKEEPING = Pattern.compile(".*>/dev/null 2>&1 \\|\\| true");
    private static final String PLAY_THROUGH = "--auto --pause 0 --typing-delay 0";

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String passing;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        dockerlab = new CliRun(home, daemon::connection);
        passing = CliRun.fixture("passing").resolve("01-passing.md").toString();
        owns(lesson(Path.of(passing)));
        owns(lesson(Path.of("lessons/03-bind-mounts.md")));
    }

    @Test
    void theFixtureLessonPlaysThroughWithItsCommandsTheirOutputAndTickingChecklists() {
        CliRun.Result run = present(passing, PLAY_THROUGH.split(" "));

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("LESSON 01 · 2 STEPS · 2 EXERCISES", "A lesson that passes",
                "STEP 1 OF 2 · EXERCISE 1 OF 2", "Start a server", "STEP 2 OF 2 · EXERCISE 2 OF 2", "Keep a file in a volume",
                "$ docker ps\nCONTAINER ID",
                "$ docker run -d --name dlfx-pass-web --label dev.dockerlab.test=fixture \"$IMAGE\" httpd -f -p 80 -h /srv/www\n",
                "$ docker volume create --label dev.dockerlab.test=fixture dlfx-pass-data\ndlfx-pass-data\n",
                "END OF LESSON 01", "Cleaned up: the lesson's cleanup ran",
                "Exercise 1 · Start a server: 2 of 2 checks pass", "Exercise 2 · Keep a file in a volume: 3 of 3 checks pass");
        assertThat(lastChecklist(run.out(), 1)).containsExactly(
                "[x] container dlfx-pass-web is running", "[x] container dlfx-pass-web serves \"Welcome to dockerlab\" on port 80");
        assertThat(lastChecklist(run.out(), 2)).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("[x] "));
        assertThat(run.out()).as("the first checklist shows what is not done yet, with what was observed")
                .contains("[ ] container dlfx-pass-web is running\n      there is no container named dlfx-pass-web");
        assertThat(dockerlab.lab().resolve("cleanup.marker")).hasContent("cleanup ran for passing");
        assertNothingDeclaredIsLeft();
    }

    @Test
    void theBindMountsLessonShowsEveryStepAndRunsEveryExampleAndSolutionCommand() {
        Lesson lesson = lesson(Path.of("lessons/03-bind-mounts.md"));

        CliRun.Result run = present("bind-mounts", PLAY_THROUGH.split(" "));

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        for (Step step : lesson.steps()) {
            assertThat(run.out()).contains("STEP " + step.number() + " OF 6", step.title());
        }
        commands(lesson).stream().filter(command -> !HOUSEKEEPING.matcher(command).matches())
                .forEach(command -> assertThat(run.out()).contains("$ " + command + "\n"));
        assertThat(commands(lesson)).as("the lesson has lines that only tidy up").anyMatch(command -> HOUSEKEEPING.matcher(command).matches());
        commands(lesson).stream().filter(command -> HOUSEKEEPING.matcher(command).matches())
                .forEach(command -> assertThat(run.out()).as("a tidying line runs untyped").doesNotContain(command));
        assertThat(run.out()).contains("Demo page\n", "touch: /srv/www/x: Read-only file system\n(exit status 1)",
                "touch: /srv/www/ro-test: Read-only file system", dockerlab.lab().resolve("bind-reports") + "\n");
        for (int exercise = 1; exercise <= 3; exercise++) {
            assertThat(lastChecklist(run.out(), exercise)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("[x] "));
            assertThat(run.out()).contains("✔ Exercise " + exercise + " done");
        }
        assertNothingDeclaredIsLeft();
    }

    @Test
    void qQuitsEarlyAndStillCleansUp() throws IOException {
        CliRun.Result run = present(passing, "--typing-delay", "0", "--keys", keys("", "", "", "q"));

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("STEP 1 OF 2", "[x] container dlfx-pass-web is running", "Quitting.",
                "Cleaned up: the lesson's cleanup ran; removed container dlfx-pass-web.")
                .doesNotContain("STEP 2 OF 2", "END OF LESSON");
        assertThat(dockerlab.lab().resolve("cleanup.marker")).exists();
        assertNothingDeclaredIsLeft();
    }

    @Test
    void inTheCLocaleBannersAndRulesAreAscii() throws IOException {
        dockerlab.env("LANG", "C");

        CliRun.Result run = present(passing, "--typing-delay", "0", "--keys", keys("q"));

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).matches("\\p{ASCII}*").contains("+=====", "|   LESSON 01 - 2 STEPS - 2 EXERCISES", "Quitting.");
        assertNothingDeclaredIsLeft();
    }

    @Test
    void bGoesBackOneStepWithoutRunningTheCommandWaiting() throws IOException {
        CliRun.Result run = present(passing, "--typing-delay", "0", "--keys", keys("space", "enter", "", "", "b", "q"));

        assertThat(run.out()).containsOnlyOnce("STEP 2 OF 2");
        assertThat(occurrences(run.out(), "STEP 1 OF 2")).isEqualTo(2);
        assertThat(run.out()).containsOnlyOnce("$ docker volume create");
        assertThat(run.out()).doesNotContain("\ndlfx-pass-data\n");
        assertThat(run.out().indexOf("STEP 2 OF 2")).isLessThan(run.out().lastIndexOf("STEP 1 OF 2"));
        assertNothingDeclaredIsLeft();
    }

    @Test
    void bShowsAFinishedStepAsItEndedWithoutRunningItsCommandsAgain() throws IOException {
        CliRun.Result run = present(passing, "--typing-delay", "0", "--keys", keys("", "", "", "", "b", "q"));

        String again = run.out().substring(run.out().lastIndexOf("STEP 1 OF 2"));
        assertThat(again).as(run.out()).contains("Start a server", "[x] container dlfx-pass-web is running",
                        "✔ Exercise 1 done", "Step 1 as it ended: its commands ran already and are not run again.")
                .doesNotContain("[ ] container dlfx-pass-web", "$ docker ps", "$ docker run");
        assertThat(run.out().indexOf("STEP 2 OF 2")).isLessThan(run.out().lastIndexOf("STEP 1 OF 2"));
        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertNothingDeclaredIsLeft();
    }

    @Test
    void anObjectDockerlabDidNotMakeIsNeverRemovedWithoutForce() {
        daemon.sh("docker create --name dlfx-pass-web --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null");

        CliRun.Result refused = present(passing, PLAY_THROUGH.split(" "));

        assertThat(refused.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(refused.out()).contains("Not presenting: container dlfx-pass-web existed before dockerlab ran this lesson",
                "dockerlab present passing --force").doesNotContain("STEP 1");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).contains("dlfx-pass-web");

        CliRun.Result forced = present(passing, (PLAY_THROUGH + " --force").split(" "));

        assertThat(forced.status()).as(forced.all()).isEqualTo(ExitCode.OK);
        assertNothingDeclaredIsLeft();
    }

    private CliRun.Result present(String lesson, String... options) {
        return dockerlab.run(Stream.concat(Stream.of("present", lesson), Stream.of(options)).toArray(String[]::new));
    }

    private String keys(String... lines) throws IOException {
        Path file = home.resolve("keys.txt");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file.toString();
    }

    private Lesson lesson(Path file) {
        return LessonLibrary.load(List.of(file.toAbsolutePath()), new Variables(dockerlab.lab().toString(), daemon.labImage(), ""))
                .lessons().get(0);
    }

    private void owns(Lesson lesson) {
        lesson.resources().containers().forEach(name -> daemon.owns("container", name));
        lesson.resources().volumes().forEach(name -> daemon.owns("volume", name));
        lesson.resources().images().forEach(name -> daemon.owns("image", name));
    }

    /** Every example and solution line of the lesson: its commands are one line each. */
    private static List<String> commands(Lesson lesson) {
        return lesson.steps().stream().flatMap(step -> Stream.concat(
                        step.examples().stream().map(example -> example.code()),
                        step.isExercise() ? Stream.of(step.exercise().solution().body()) : Stream.empty()))
                .flatMap(String::lines).filter(line -> !line.isBlank()).toList();
    }

    /** The box lines of the exercise's checklist as last shown: those just before its last status line. */
    private static List<String> lastChecklist(String out, int exercise) {
        Matcher status = Pattern.compile("(✔ Exercise " + exercise + " done|Exercise " + exercise + ": \\d+ of)").matcher(out);
        int end = -1;
        while (status.find()) {
            end = status.start();
        }
        if (end < 0) {
            return List.of();
        }
        List<String> before = out.substring(0, end).lines().toList();
        int start = before.size();
        while (start > 0 && before.get(start - 1).startsWith(" ")) {
            start--;
        }
        return before.subList(start, before.size()).stream().map(String::strip).filter(line -> line.startsWith("[")).toList();
    }

    private void assertNothingDeclaredIsLeft() {
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'; docker volume ls -q").lines())
                .doesNotContain("dlfx-pass-web", "dlfx-pass-data", "bind-web1", "bind-web2", "bind-report", "bind-site", "bind-reports");
        assertThat(dockerlab.lab().resolve("site")).doesNotExist();
        assertThat(dockerlab.lab().resolve("bind-site")).doesNotExist();
        assertThat(dockerlab.lab().resolve("bind-reports")).doesNotExist();
        assertThat(dockerlab.lab().resolve("bind-demo")).doesNotExist();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
