package dev.dockerlab.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.Variables;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the learner has done stays done, through later commands, /reset's
 * question and a replayed /save; driven through the REPL's scripted mode over
 * lessons of the course.
 */
@DaemonTest
class ProgressKeptDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private LessonLibrary library;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        library = LessonLibrary.load(Path.of("lessons"), new Variables(home.resolve("lab").toString(), daemon.labImage(), ""));
        for (String id : new String[] {"copy-on-write", "bind-mounts", "sharing-data"}) {
            Lesson lesson = library.find(id).orElseThrow();
            lesson.resources().containers().forEach(name -> daemon.owns("container", name));
            lesson.resources().volumes().forEach(name -> daemon.owns("volume", name));
        }
    }

    private Run repl(String input, String state) {
        Settings settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(),
                Path.of("lessons").toAbsolutePath(), false);
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve(state).toString(), "LANG", "C.UTF-8")), home,
                daemon::connection);
        StringWriter out = new StringWriter();
        int status = ReplLauncher.scripted(context, settings, Optional.empty(), new StringReader(input), new PrintWriter(out));
        return new Run(status, out.toString());
    }

    private record Run(int status, String out) {

        long count(String text) {
            return out.lines().filter(line -> line.contains(text)).count();
        }
    }

    private JsonNode progress(String state, String lesson) throws IOException {
        return new ObjectMapper().readTree(home.resolve(state).resolve("dockerlab/progress.json").toFile())
                .path("lessons").path(lesson);
    }

    private int stepOf(Lesson lesson, int exercise) {
        return lesson.steps().stream().filter(step -> step.isExercise() && step.exercise().number() == exercise)
                .mapToInt(Step::number).findFirst().orElseThrow();
    }

    /** The solution's lines as a learner would type them. */
    private static String solved(Exercise exercise) {
        StringBuilder typed = new StringBuilder();
        exercise.solution().body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> typed.append(line).append('\n'));
        return typed.toString();
    }

    @Test
    void aDoneExerciseStaysDoneAndItsBreakIsSaidOnceInOneLine() throws Exception {
        Lesson lesson = library.find("sharing-data").orElseThrow();
        String page = "\"$LAB/share-testdir/index.html\"";
        String input = "/goto sharing-data:" + stepOf(lesson, 1) + "\n" + solved(lesson.exercises().get(0))
                + "echo 'Edited on the host' > " + page + "\n"
                + "/next\n"
                + "echo 'Test page on host' > " + page + "\n"
                + "echo 'Edited again' > " + page + "\n"
                + "echo one\necho two\n"
                + "/back\n/progress\n/exit\n";

        Run run = repl(input, "state");

        assertThat(run.out()).as(run.out()).contains("✔ Exercise 1 done: all 4 checks pass.",
                "checks 2/4 · the exercise stays done", "  07 sharing-data           1/3 exercises");
        assertThat(run.count("Note: exercise 1 no longer holds")).as(run.out()).isEqualTo(1);
        assertThat(run.out()).as("/back shows the exercise done, and which checks hold now")
                .contains("step " + stepOf(lesson, 1) + " of 6 · exercise 1 of 3 · done", "  [x] container share-host1 mounts bind");
        assertThat(run.out().lines().filter(line -> line.startsWith("Note:"))).allMatch(line -> line.length() < 80);
        JsonNode saved = progress("state", "sharing-data");
        assertThat(saved.path("completed").toString()).isEqualTo("[1]");
        assertThat(saved.path("solved").path("1").path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(saved.path("solved").path("1").path("commands").toString()).contains("docker run -d --name share-host2");
    }

    @Test
    void undoingWhatTheCurrentExerciseIsAboutIsNotNews() {
        Lesson lesson = library.find("copy-on-write").orElseThrow();
        StringBuilder input = new StringBuilder("/goto copy-on-write:" + stepOf(lesson, 1) + "\n");
        for (Exercise exercise : lesson.exercises().subList(0, 3)) {
            input.append(solved(exercise)).append("/next\n");
        }
        input.append("docker rm -f cow-web\n").append(solved(lesson.exercises().get(3))).append("/exit\n");

        Run run = repl(input.toString(), "state");

        assertThat(run.out()).as(run.out()).contains("✔ Exercise 3 done", "✔ Exercise 4 done").doesNotContain("Note:");
        assertThat(run.out().indexOf("Setting up the exercise...")).as("the setup is said before the step it prepares")
                .isPositive().isLessThan(run.out().indexOf(lesson.exercises().get(1).title()));
    }

    @Test
    void aSavedSessionReplayedInScriptedModeRedoesItsProgress() throws Exception {
        Lesson lesson = library.find("bind-mounts").orElseThrow();
        Run first = repl("/goto bind-mounts:" + stepOf(lesson, 1) + "\n/exit\n", "state");
        assertThat(first.status()).as(first.out()).isZero();
        String heredoc = "cat > notes.txt <<EOF\nline one\nEOF\n";
        String session = "/check\n" + solved(lesson.exercises().get(0)) + "/hint\n/next\n" + heredoc + solved(lesson.exercises().get(1))
                + "/save session.txt\n/exit\n";

        Run original = repl(session, "state");
        daemon.sh("docker rm -f bind-web1 bind-web2 >/dev/null; rm -rf " + home.resolve("lab/bind-site") + " " + home.resolve("lab/notes.txt"));
        String script = Files.readString(home.resolve("lab/session.txt"));
        Run replay = repl(script, "replay-state");

        assertThat(script).startsWith("# dockerlab session").contains("/goto bind-mounts:" + stepOf(lesson, 1) + "\n/check\n")
                .doesNotContain("/save");
        assertThat(replay.status()).as(replay.out()).isZero();
        assertThat(replay.out()).contains("✔ Exercise 1 done", "✔ Exercise 2 done");
        assertThat(script).contains(heredoc);
        assertThat(home.resolve("lab/notes.txt")).as("the here-document replays as one command").hasContent("line one");
        JsonNode wrote = progress("state", "bind-mounts");
        JsonNode replayed = progress("replay-state", "bind-mounts");
        assertThat(wrote.path("completed").toString()).as(original.out()).isEqualTo("[1,2]");
        for (String field : new String[] {"completed", "step", "hintsUsed", "typed"}) {
            assertThat(replayed.path(field)).as(field).isEqualTo(wrote.path(field));
        }
    }

    @Test
    void resetSaysWhatWillBeLostAndAsksFirst() throws Exception {
        Lesson lesson = library.find("bind-mounts").orElseThrow();
        String input = "/goto bind-mounts:" + stepOf(lesson, 1) + "\n" + solved(lesson.exercises().get(0)) + "/hint\n";

        Run no = repl(input + "/reset\nn\n/exit\n", "state");

        assertThat(no.out()).as(no.out()).contains("/reset starts bind-mounts afresh. It removes container bind-web1, bind-site in "
                + home.resolve("lab"),
                "forgets that you did exercise 1, 1 hint used", "Nothing was removed.");
        assertThat(progress("state", "bind-mounts").path("completed").toString()).isEqualTo("[1]");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).contains("bind-web1");

        Run yes = repl("/reset\ny\n/exit\n", "state");

        assertThat(yes.out()).as(yes.out()).contains("Lesson bind-mounts starts afresh.");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("bind-web1");
        assertThat(progress("state", "bind-mounts").path("completed").toString()).isEqualTo("[]");
    }
}
