package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.classroom.server.ClassServer;
import dev.dockerlab.classroom.server.ServerOptions;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import dev.dockerlab.repl.ReplLauncher;
import dev.dockerlab.testing.CliProcess;
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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners in the scripted REPL, judged on the real daemon, in a class on the
 * real class server (127.0.0.1 only): what the instructor's API shows of them.
 */
@DaemonTest
class ClassReplDaemonTest {

    private static final String CODE = "stor-42";
    private static final String TOKEN = "instructor-token-for-tests";
    private static final String LESSON = "bind-mounts";
    private static final String SOLUTION = String.join("\n",
            "mkdir -p \"$LAB/bind-site\"",
            "echo \"Hello from the host\" > \"$LAB/bind-site/index.html\"",
            "docker run -d --name bind-web1 -v \"$LAB/bind-site\":/srv/www \"$IMAGE\" httpd -f -p 80 -h /srv/www",
            "echo \"Edited on the host\" > \"$LAB/bind-site/index.html\"");

    @TempDir
    Path home;

    private TestDaemon daemon;
    private Settings settings;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        settings = new Settings(daemon.labImage(), home.resolve("lab"), Optional.empty(), Path.of("lessons").toAbsolutePath(), false);
        Lesson lesson = LessonLibrary.load(Path.of("lessons"), new Variables(home.resolve("lab").toString(), daemon.labImage(), ""))
                .find(LESSON).orElseThrow();
        lesson.resources().containers().forEach(name -> daemon.owns("container", name));
        lesson.resources().volumes().forEach(name -> daemon.owns("volume", name));
    }

    private ClassServer server(int port) throws IOException {
        ServerOptions options = new ServerOptions(InetAddress.getLoopbackAddress(), port, TOKEN, List.of(CODE),
                home.resolve("server"), Duration.ofMinutes(5), ServerOptions.Limits.standard(), Clock.systemUTC());
        return ClassServer.start(options, new PrintWriter(new StringWriter()));
    }

    /** A learner's own state folder: each learner is a machine of its own. */
    private Path stateOf(String learner) {
        return home.resolve("state-" + learner);
    }

    /** One scripted session of a learner; the class as asked (ClassRequest.NONE: the one joined before). */
    private String session(String learner, ClassRequest request, String lines) {
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", stateOf(learner).toString(),
                "LANG", "C.UTF-8")), home, daemon::connection);
        StringWriter out = new StringWriter();
        int status = ReplLauncher.scripted(context, settings, Optional.empty(), new StringReader(lines + "\n/exit\n"),
                new PrintWriter(out), new ClassClient(stateOf(learner).resolve("dockerlab"), request));
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }

    private static ClassRequest joining(String url, String code, String name, boolean share) {
        return new ClassRequest(Optional.of(url), Optional.of(code), Optional.of(name), share);
    }

    private static JsonNode classView(ClassServer server) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/class?code=" + CODE))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static JsonNode learner(JsonNode view, String name) {
        for (JsonNode row : view.path("learners")) {
            if (row.path("name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no learner " + name + " in " + view.toPrettyString());
    }

    /** Everything the server keeps on disk, as text. */
    private String serverFiles() throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("server"))) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException unreadable) {
                    throw new AssertionError(unreadable);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void twoLearnersJoinAndTheInstructorSeesTheirExercisesAndChecksButCommandsOnlyOfTheOneWhoOptedIn() throws Exception {
        try (ClassServer server = server(0)) {
            String url = "http://127.0.0.1:" + server.port();

            String grace = session("grace", joining(url, CODE, "Grace", true),
                    "/goto " + LESSON + ":3\nmkdir -p \"$LAB/bind-site\"\n/hint");
            String ada = session("ada", joining(url, CODE, "Ada", false),
                    "/goto " + LESSON + ":3\necho ada-private-words >/dev/null\n" + SOLUTION);

            assertThat(grace).contains("You joined the class " + CODE + " at " + url + "/ as Grace.", "and the commands you type");
            assertThat(ada).contains("You joined the class " + CODE + " at " + url + "/ as Ada.", "not the commands you type",
                    "✔ Exercise 1 done");
            JsonNode view = classView(server);
            assertThat(view.path("learners")).hasSize(2);
            JsonNode graceRow = learner(view, "Grace");
            assertThat(graceRow.path("current").path("lesson").asText()).isEqualTo(LESSON);
            assertThat(graceRow.path("current").path("exercise").asInt()).isEqualTo(1);
            assertThat(graceRow.path("current").path("passing").asInt() + "/" + graceRow.path("current").path("total").asInt())
                    .isEqualTo("1/5");
            assertThat(graceRow.path("hints").asInt()).isEqualTo(1);
            assertThat(graceRow.path("lastCommand").asText()).isEqualTo("mkdir -p \"$LAB/bind-site\"");
            JsonNode adaRow = learner(view, "Ada");
            assertThat(adaRow.path("done").asInt()).isEqualTo(1);
            assertThat(adaRow.path("exercises").get(0).path("status").asText()).isEqualToIgnoringCase("done");
            assertThat(adaRow.has("lastCommand")).as(adaRow.toPrettyString()).isFalse();
            assertThat(serverFiles()).as("the server keeps Grace's commands, and none that Ada typed")
                    .contains("mkdir -p \\\"$LAB/bind-site\\\"").doesNotContain("ada-private-words", "bind-web1 -v");
        }
    }

    @Test
    void aLearnerWhoseServerIsAwayKeepsWorkingAndTheEventsArriveWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        String away = session("ada", joining(url, CODE, "Ada", false),
                "/goto " + LESSON + ":3\n/hint\nmkdir -p \"$LAB/bind-site\"\n/class");

        assertThat(away).contains("The class server at " + url + "/ does not answer; your progress is kept and sent when it does.",
                "checks 1/5", "events wait to be sent; the server does not answer, they are sent when it does")
                .doesNotContain("Exception");
        JsonNode progress = new ObjectMapper().readTree(stateOf("ada").resolve("dockerlab/progress.json").toFile());
        assertThat(progress.path("lessons").path(LESSON).path("step").asInt()).as("progress saved").isEqualTo(3);

        try (ClassServer server = server(port)) {
            String back = session("ada", ClassRequest.NONE, "/class");

            assertThat(back).contains("You joined the class " + CODE, "Joined as Ada");
            JsonNode ada = learner(classView(server), "Ada");
            assertThat(ada.path("hints").asInt()).as("the hint of the session the server missed").isEqualTo(1);
            assertThat(ada.path("current").path("passing").asInt()).isEqualTo(1);
            assertThat(classView(server).path("learners")).hasSize(1);
        }
    }

    @Test
    void aWrongJoinCodeIsOneSentenceAndTheSessionGoesOn() throws Exception {
        try (ClassServer server = server(0)) {
            String url = "http://127.0.0.1:" + server.port();

            String out = session("ada", joining(url, "NOPE-1", "Ada", false), "/goto " + LESSON + ":3\nmkdir -p \"$LAB/bind-site\"");

            assertThat(out).contains("No class with join code NOPE-1. You go on without the class.", "checks 1/5")
                    .doesNotContain("Exception");
            assertThat(classView(server).path("learners")).isEmpty();
        }
    }

    @Test
    void leavingTheClassTellsTheServerAndStopsReporting() throws Exception {
        try (ClassServer server = server(0)) {
            String url = "http://127.0.0.1:" + server.port();

            String out = session("ada", joining(url, CODE, "Ada", false), "/class\n/class leave\n/goto " + LESSON + ":3\n/hint");
            String later = session("ada", ClassRequest.NONE, "/hint");

            assertThat(out).contains("Joined as Ada", "You left the class " + CODE + ". dockerlab reports nothing more to it.");
            assertThat(later).doesNotContain("You are in the class");
            JsonNode ada = learner(classView(server), "Ada");
            assertThat(ada.path("left").asBoolean()).isTrue();
            assertThat(ada.path("hints").asInt()).isZero();
        }
    }

    @Test
    void learnJoinsThroughItsOptionsAndPlainDockerlabThroughTheEnvironment() throws Exception {
        try (ClassServer server = server(0)) {
            String url = "http://127.0.0.1:" + server.port();

            CliProcess.Result options = cli("ada").run("learn", "--class", url, "--join-code", CODE, "--name", "Ada", LESSON);
            CliProcess.Result environment = cli("grace").env("DOCKERLAB_CLASS_URL", url).env("DOCKERLAB_CLASS_CODE", CODE)
                    .env("DOCKERLAB_CLASS_NAME", "Grace").run();

            assertThat(options.output()).contains("You joined the class " + CODE + " at " + url + "/ as Ada.");
            assertThat(environment.output()).contains("You joined the class " + CODE + " at " + url + "/ as Grace.");
            assertThat(classView(server).path("learners")).extracting(row -> row.path("name").asText())
                    .containsExactlyInAnyOrder("Ada", "Grace");
        }
    }

    private CliProcess cli(String learner) {
        CliProcess dockerlab = CliProcess.fromTestClassPath(home.resolve(learner)).env("DOCKERLAB_IMAGE", daemon.labImage())
                .env("DOCKERLAB_LESSONS", Path.of("lessons").toAbsolutePath().toString());
        if (System.getenv("DOCKER_HOST") != null) {
            dockerlab.env("DOCKER_HOST", System.getenv("DOCKER_HOST"));
        }
        return dockerlab;
    }
}
