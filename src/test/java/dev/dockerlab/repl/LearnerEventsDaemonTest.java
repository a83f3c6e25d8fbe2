package dev.dockerlab.repl;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.classroom.client.LearnerEvents;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Judgement;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the REPL tells its learner events as a learner works, judged on the real daemon. */
@DaemonTest
class LearnerEventsDaemonTest {

    private static final String LESSON = "bind-mounts";

    @TempDir
    Path home;

    private TestDaemon daemon;
    private Settings settings;
    private AppContext context;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(), Path.of("lessons").toAbsolutePath(), false);
        context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString(), "LANG", "C.UTF-8")),
                home, daemon::connection);
        Lesson lesson = LessonLibrary.load(Path.of("lessons"), new Variables(home.resolve("lab").toString(), daemon.labImage(), ""))
                .find(LESSON).orElseThrow();
        lesson.resources().containers().forEach(name -> daemon.owns("container", name));
        lesson.resources().volumes().forEach(name -> daemon.owns("volume", name));
    }

    /** Each event as a line: what, where, and for a judgement the pass count and the command, if one came with it. */
    private static final class Recording implements LearnerEvents {

        final List<String> events = new ArrayList<>();
        boolean closed;

        @Override
        public List<Note> open() {
            events.add("open");
            return List.of(new Note(Note.Kind.OK, "You joined the class Test."));
        }

        @Override
        public void stepShown(Place place) {
            events.add("step " + where(place));
        }

        @Override
        public void judged(Place place, Judgement judgement, Optional<String> command) {
            events.add("judged " + where(place) + " " + judgement.passing() + "/" + judgement.total()
                    + command.map(typed -> " after " + typed).orElse(""));
        }

        @Override
        public void hint(Place place) {
            events.add("hint " + where(place));
        }

        @Override
        public void solution(Place place) {
            events.add("solution " + where(place));
        }

        @Override
        public void done(Place place, Judgement judgement) {
            events.add("done " + where(place));
        }

        @Override
        public List<String> status() {
            return List.of("Class Test at http://127.0.0.1:1/");
        }

        @Override
        public Optional<Note> leave() {
            events.add("leave");
            return Optional.of(new Note(Note.Kind.OK, "You left the class Test."));
        }

        @Override
        public void close() {
            closed = true;
        }

        private static String where(Place place) {
            return place.lesson() + ":" + place.step() + (place.isExercise() ? " exercise " + place.exercise() + " " + place.title() : "");
        }
    }

    @Test
    void stepsJudgementsHintsSolutionsAndDoneAreReportedWithTheCommandThatLedToThem() {
        Recording events = new Recording();
        StringWriter out = new StringWriter();
        String script = String.join("\n",
                "/goto " + LESSON + ":2",
                "/next",
                "/hint",
                "mkdir -p \"$LAB/bind-site\"",
                "/solution",
                "/solution run",
                "/class",
                "/class leave",
                "/exit", "");

        int status = ReplLauncher.scripted(context, settings, Optional.of(LESSON), new StringReader(script), new PrintWriter(out),
                events);

        String exercise = LESSON + ":3 exercise 1 Serve a folder from the host";
        assertThat(status).as(out.toString()).isZero();
        assertThat(events.events).as(out.toString()).containsSubsequence(
                "open",
                "step " + LESSON + ":2",
                "step " + exercise,
                "judged " + exercise + " 1/5",
                "hint " + exercise,
                "judged " + exercise + " 1/5 after mkdir -p \"$LAB/bind-site\"",
                "solution " + exercise,
                "solution " + exercise,
                "judged " + exercise + " 5/5",
                "done " + exercise,
                "leave");
        assertThat(events.events).filteredOn(event -> event.startsWith("done")).hasSize(1);
        assertThat(events.closed).isTrue();
        assertThat(out.toString()).contains("You joined the class Test.", "Class Test at http://127.0.0.1:1/", "You left the class Test.");
    }

    @Test
    void withoutAClassSlashClassSaysHowToJoinOneAndHelpListsIt() {
        StringWriter out = new StringWriter();

        int status = ReplLauncher.scripted(context, settings, Optional.of(LESSON), new StringReader("/help\n/class\n/exit\n"),
                new PrintWriter(out));

        assertThat(status).as("a /class without a class is a failed command").isEqualTo(1);
        assertThat(out.toString()).contains("/class [leave]",
                "You are in no class; dockerlab learn --class URL --join-code CODE --name NAME joins one.");
    }
}
