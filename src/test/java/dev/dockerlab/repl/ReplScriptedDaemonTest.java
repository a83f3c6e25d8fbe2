package dev.dockerlab.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The REPL driven through its scripted mode, as a learner would type, over a whole lesson of the course. */
@DaemonTest
class ReplScriptedDaemonTest {

    private static final String LESSON = "bind-mounts";

    @TempDir
    Path home;

    private TestDaemon daemon;
    private Settings settings;
    private AppContext context;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(), Path.of("lessons").toAbsolutePath(), false);
        context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "LANG", "C.UTF-8")), home, daemon::connection);
        Lesson lesson = lesson();
        lesson.resources().containers().forEach(name -> daemon.owns("container", name));
        lesson.resources().volumes().forEach(name -> daemon.owns("volume", name));
    }

    private Lesson lesson() {
        return LessonLibrary.load(Path.of("lessons"), new Variables(home.resolve("lab").toString(), daemon.labImage(), ""))
                .find(LESSON).orElseThrow();
    }

    private Run repl(String input, Optional<String> lesson) {
        StringWriter out = new StringWriter();
        int status = ReplLauncher.scripted(context, settings, lesson, new StringReader(input), new PrintWriter(out));
        return new Run(status, out.toString());
    }

    private record Run(int status, String out) {
    }

    @Test
    void aLearnerWorksThroughAWholeLessonQuitsAndComesBack() throws Exception {
        Lesson lesson = lesson();
        StringBuilder typed = new StringBuilder();
        List<Exercise> exercises = lesson.exercises();
        int lastExerciseStep = lesson.steps().stream().filter(step -> step.isExercise()).mapToInt(step -> step.number()).max().orElseThrow();
        for (int step = 1; step <= lastExerciseStep; step++) {
            if (step > 1) {
                typed.append("/next\n");
            }
            if (lesson.steps().get(step - 1).isExercise()) {
                typed.append("/check\n");
                lesson.steps().get(step - 1).exercise().solution().body().lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> typed.append(line).append('\n'));
            }
        }

        Run first = repl(typed + "/progress\n/exit\n", Optional.of(LESSON));

        assertThat(first.status()).as(first.out()).isZero();
        for (Exercise exercise : exercises) {
            assertThat(first.out()).contains("✔ Exercise " + exercise.number() + " done: all " + exercise.checks().size() + " checks pass.");
        }
        assertThat(first.out()).contains("[" + LESSON + " 1/" + lesson.steps().size() + "] $ ",
                "  03 bind-mounts            3/3 exercises", "Progress saved.");
        JsonNode saved = new ObjectMapper().readTree(home.resolve("state/dockerlab/progress.json").toFile());
        assertThat(saved.path("currentLesson").asText()).isEqualTo(LESSON);
        assertThat(saved.path("lessons").path(LESSON).path("step").asInt()).isEqualTo(lastExerciseStep);
        assertThat(saved.path("lessons").path(LESSON).path("completed").toString()).isEqualTo("[1,2,3]");

        Run second = repl("/exit\n", Optional.empty());

        assertThat(second.out()).as("resumed where the learner stopped")
                .contains("[" + LESSON + " " + lastExerciseStep + "/" + lesson.steps().size() + "] $ /exit");
        assertThat(second.status()).isZero();
    }

    @Test
    void hintsFitTheStateTheLearnerIsIn() {
        String wrongWay = "mkdir -p $LAB/bind-site\n"
                + "docker run -d --name bind-web1 -v bind-site:/srv/www $IMAGE httpd -f -p 80 -h /srv/www\n";

        Run run = repl("/goto " + LESSON + ":3\n" + wrongWay + "/hint\n/exit\n", Optional.empty());

        assertThat(run.out()).contains("checks ").containsIgnoringCase("named volume");
    }

    @Test
    void aFailedSlashCommandMakesTheScriptFailButTheSessionGoesOn() {
        Run run = repl("/goto nowhere\n/lessons\n/exit\n", Optional.of(LESSON));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("There is no lesson nowhere; /lessons lists them.", "▶ 03 bind-mounts");
    }

    @Test
    void cdAndExportCarryOverFromOneLineToTheNext() throws Exception {
        Files.createDirectories(home.resolve("lab/sub"));

        Run run = repl("cd sub\nexport GREETING=hello\necho \"$GREETING from $(pwd)\"\n/exit\n", Optional.of(LESSON));

        assertThat(run.out()).contains("hello from " + home.resolve("lab/sub"));
    }

    @Test
    void resetAsksBeforeRemovingWhatTheLearnerHadBeforeAndSaveWritesAReplayableScript() {
        daemon.sh("docker volume create bind-site >/dev/null");

        Run run = repl("/goto " + LESSON + ":3\necho hi\n/reset\nno\n/save session.txt\n/exit\n", Optional.empty());

        assertThat(run.out()).contains("volume bind-site existed before you started this lesson", "Nothing was removed.");
        assertThat(daemon.sh("docker volume ls -q")).contains("bind-site");
        assertThat(home.resolve("lab/session.txt")).content().contains("/goto " + LESSON + ":3\necho hi\n/reset\n");
    }

    @Test
    void aCorruptProgressFileIsSetAsideNotACrash() throws Exception {
        Path state = home.resolve("state/dockerlab");
        Files.createDirectories(state);
        Files.writeString(state.resolve("progress.json"), "{ not json");

        Run run = repl("/exit\n", Optional.of(LESSON));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Your progress file could not be read");
        List<String> names = new ArrayList<>();
        try (var files = Files.list(state)) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        assertThat(names).anyMatch(name -> name.startsWith("progress.json.corrupt-")).contains("progress.json");
    }

    @Test
    void anObjectMadeOnAReadingStepIsTheLessonsOwnAndAForeignOneStopsASolution() {
        Run run = repl("/goto " + LESSON + ":1\n/run 1\n/goto :3\n/exit\n", Optional.empty());
        assertThat(run.status()).as(run.out()).isZero();

        Run reset = repl("/reset\ny\n/exit\n", Optional.empty());
        assertThat(reset.out()).as("bind-demo was made by /run on a reading step")
                .doesNotContain("may be yours").contains("starts afresh");

        daemon.sh("docker create --name bind-web1 --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null");
        Run solution = repl("/goto " + LESSON + ":3\n/solution run\n/exit\n", Optional.empty());

        assertThat(solution.status()).isEqualTo(1);
        assertThat(solution.out()).contains("The solution would work on container bind-web1, which dockerlab did not make");
        assertThat(daemon.sh("docker inspect -f '{{.Config.Cmd}}' bind-web1")).contains("true");
    }

    @Test
    void runAndSolutionRunEchoEachCommandAsItWillRunBeforeRunningIt() {
        String lab = home.resolve("lab").toString();

        Run run = repl("/goto " + LESSON + ":1\n/run 1\n/goto :4\n/solution run\n/exit\n", Optional.empty());

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("$ mkdir -p " + lab + "/bind-demo",
                "$ docker run -d --name bind-web2 -v \"" + lab + "/bind-site\":/srv/www:ro \"" + daemon.labImage() + "\" httpd",
                "$ docker exec bind-web1 sh -c 'echo \"News from bind-web1\" > /srv/www/news.html'")
                .doesNotContain("${IMAGE}", "$IMAGE");
        assertThat(run.out().indexOf("$ docker rm -f bind-web2")).isLessThan(run.out().indexOf("✔ Exercise 2 done"));
    }
}
