package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.classroom.client.LearnerEvents.Note;
import dev.dockerlab.classroom.client.LearnerEvents.Place;
import dev.dockerlab.testing.CheckLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The class client against a stand-in server on 127.0.0.1: joining, queueing, sending, and what the learner is told. */
class ClassClientTest {

    private static final Place EXERCISE = new Place("04-anonymous-volumes", 3, 2, "Find the volume");
    private static final Judgement HALF_DONE = new Judgement(List.of(
            CheckLines.passed("volume website exists"),
            CheckLines.failed("container web mounts volume website at /data :: web keeps its pages in the volume",
                    "container web has no mount at /data")));

    @TempDir
    Path state;

    private ClassClient client(String url, String code, String name, boolean share) {
        return new ClassClient(state, new ClassRequest(Optional.ofNullable(url), Optional.ofNullable(code),
                Optional.ofNullable(name), share));
    }

    @Test
    void aLearnerJoinsAndTheServerGetsTheirStepsJudgementsHintsAndDoneInOrder() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);

            List<Note> opening = client.open();
            client.stepShown(EXERCISE);
            client.judged(EXERCISE, HALF_DONE, Optional.of("docker run -d --name web busybox"));
            client.hint(EXERCISE);
            client.solution(EXERCISE);
            client.done(EXERCISE, HALF_DONE);
            client.close();

            assertThat(opening).extracting(Note::text).singleElement().asString()
                    .contains("You joined the class Storage 101 at " + server.url() + "/ as Ada.", "not the commands you type");
            assertThat(server.typesOf("l1")).containsExactly("joined", "step", "judged", "hint", "solution", "done");
            List<JsonNode> events = server.eventsOf("l1");
            assertThat(events).extracting(event -> event.path("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            JsonNode judged = events.get(2);
            assertThat(judged.path("lesson").asText()).isEqualTo("04-anonymous-volumes");
            assertThat(judged.path("exercise").asInt()).isEqualTo(2);
            assertThat(judged.path("exerciseTitle").asText()).isEqualTo("Find the volume");
            assertThat(judged.path("passing").asInt()).isEqualTo(1);
            assertThat(judged.path("total").asInt()).isEqualTo(2);
            assertThat(judged.path("failing").toString()).isEqualTo(
                    "[{\"line\":\"web keeps its pages in the volume\",\"observed\":\"container web has no mount at /data\"}]");
            assertThat(judged.has("command")).as("no command text without the learner's opt-in").isFalse();
            assertThat(Instant.parse(judged.path("at").asText())).isBefore(Instant.now().plusSeconds(1));
        }
    }

    @Test
    void theCommandIsSentOnlyWhenTheLearnerOptedIn() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-42", "Ada", true);

            List<Note> opening = client.open();
            client.judged(EXERCISE, HALF_DONE, Optional.of("docker run -d --name web busybox"));
            client.hint(EXERCISE);
            client.close();

            assertThat(opening.get(0).text()).contains("and the commands you type");
            assertThat(server.eventsOf("l1").get(1).path("command").asText()).isEqualTo("docker run -d --name web busybox");
        }
    }

    @Test
    void aRestartRejoinsAsTheSameLearnerAndGoesOnNumbering() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient first = client(server.url(), "STOR-42", "Ada", false);
            first.open();
            first.stepShown(EXERCISE);
            first.close();

            ClassClient again = new ClassClient(state, ClassRequest.NONE);
            List<Note> opening = again.open();
            again.hint(EXERCISE);
            again.close();

            assertThat(opening.get(0).text()).startsWith("You are in the class Storage 101");
            assertThat(server.joins().get(1).path("learner").asText()).isEqualTo("l1");
            assertThat(server.learners()).containsExactly("l1");
            assertThat(server.eventsOf("l1")).extracting(event -> event.path("seq").asLong() + " " + event.path("type").asText())
                    .containsExactly("1 joined", "2 step", "3 joined", "4 hint");
        }
    }

    @Test
    void aWrongCodeIsOneSentenceAndNothingIsKept() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-99", "Ada", false);

            List<Note> opening = client.open();
            client.stepShown(EXERCISE);
            client.close();

            assertThat(opening).singleElement().isEqualTo(new Note(Note.Kind.WARNING,
                    "No class with join code STOR-99. You go on without the class."));
            assertThat(client.status()).isEmpty();
            assertThat(client.leave()).isEmpty();
            assertThat(state.resolve("class/class.json")).doesNotExist();
            assertThat(new ClassClient(state, ClassRequest.NONE).open()).isEmpty();
        }
    }

    @Test
    void aWebServerThatIsNotAClassServerIsOneSentence() throws Exception {
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] page = "<html>a router's login page</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();

            List<Note> opening = client(url, "STOR-42", "Ada", false).open();

            assertThat(opening).singleElement().isEqualTo(new Note(Note.Kind.WARNING,
                    "The address " + url + "/ does not answer as a class server (HTTP 200). You go on without the class."));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void mistakesInWhatTheLearnerAskedAreOneSentenceBeforeAnythingIsSent() {
        String[][] asked = {
                {"http://127.0.0.1:9", null, "Ada"},
                {null, "STOR-42", "Ada"},
                {"ftp://127.0.0.1:9", "STOR-42", "Ada"},
                {"127.0.0.1:9", "STOR-42", "Ada"},
                {"http://127.0.0.1:9", "STOR-42", "A".repeat(41)},
                {"http://127.0.0.1:9", "STOR-42", "Ada\u001b[2J"},
                {"http://127.0.0.1:9", "STOR-42", null},
        };
        for (String[] request : asked) {
            List<Note> opening = client(request[0], request[1], request[2], false).open();

            assertThat(opening).as(String.join(" ", String.valueOf(request[0]), String.valueOf(request[1]), String.valueOf(request[2])))
                    .singleElement().satisfies(note -> {
                        assertThat(note.kind()).isEqualTo(Note.Kind.WARNING);
                        assertThat(note.text()).endsWith("You go on without the class.").doesNotContain("Exception");
                    });
        }
    }

    @Test
    void whileTheServerIsAwayEventsWaitOnDiskAndArriveWhenItAnswers() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        ClassClient away = client(url, "STOR-42", "Ada", false);

        List<Note> opening = away.open();
        away.stepShown(EXERCISE);
        away.judged(EXERCISE, HALF_DONE, Optional.empty());

        assertThat(opening).extracting(Note::text).first().isEqualTo(
                "The class server at " + url + "/ does not answer; your progress is kept and sent when it does.");
        assertThat(away.status()).anySatisfy(line -> assertThat(line).startsWith("3 events wait to be sent"));
        away.close();
        assertThat(Files.readAllLines(state.resolve("class/outbox.jsonl"))).hasSize(3);

        try (FakeClassServer server = new FakeClassServer("STOR-42", port)) {
            ClassClient back = new ClassClient(state, ClassRequest.NONE);
            back.open();
            back.hint(EXERCISE);
            back.close();

            assertThat(server.typesOf("l1")).containsExactly("joined", "step", "judged", "joined", "hint");
            assertThat(Files.readAllLines(state.resolve("class/outbox.jsonl"))).isEmpty();
        }
    }

    @Test
    void theSenderDeliversWhatWaitedOnceTheServerComesBackDuringTheSession() throws Exception {
        int port = freePort();
        ClassClient client = client("http://127.0.0.1:" + port, "STOR-42", "Ada", false);
        client.open();
        client.stepShown(EXERCISE);

        try (FakeClassServer server = new FakeClassServer("STOR-42", port)) {
            await(() -> server.typesOf("l1").size() == 2);

            assertThat(server.typesOf("l1")).containsExactly("joined", "step");
            assertThat(client.news()).containsExactly(new Note(Note.Kind.OK,
                    "The class server at http://127.0.0.1:" + port + "/ answers again; your queued progress is sent."));
            client.close();
        }
    }

    @Test
    void aBatchTheServerFindsTooLargeIsSentInSmallerOnes() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            server.refuseBatches(count -> count > 2);
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);
            client.open();
            for (int i = 0; i < 6; i++) {
                client.hint(EXERCISE);
            }
            await(() -> server.typesOf("l1").size() == 7);

            assertThat(server.eventsOf("l1")).extracting(event -> event.path("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            client.close();
        }
    }

    @Test
    void anEventTheServerWillNeverTakeIsLetGoSoTheOthersStillGo() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);
            client.open();
            await(() -> server.typesOf("l1").size() == 1);
            server.refuseBatches(count -> true);
            client.hint(EXERCISE);
            await(() -> client.status().stream().anyMatch(line -> line.equals("1 events the server refused were let go")));
            server.refuseBatches(count -> false);
            client.solution(EXERCISE);
            await(() -> server.typesOf("l1").size() == 2);

            assertThat(server.typesOf("l1")).containsExactly("joined", "solution");
            client.close();
        }
    }

    @Test
    void aServerThatForgotTheKeyIsJoinedAgainAndGetsTheEvents() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);
            client.open();
            await(() -> server.typesOf("l1").size() == 1);
            server.forgetKeys();
            client.hint(EXERCISE);
            client.close();

            assertThat(server.typesOf("l2")).contains("hint");
        }
    }

    @Test
    void aBusyServerIsAskedAgainAfterItsRetryAfter() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            server.busyFor(1);
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);
            client.open();
            client.hint(EXERCISE);
            await(() -> server.typesOf("l1").size() == 2);

            assertThat(server.typesOf("l1")).containsExactly("joined", "hint");
            client.close();
        }
    }

    @Test
    void leavingTellsTheServerAndForgetsTheClass() throws Exception {
        try (FakeClassServer server = new FakeClassServer("STOR-42")) {
            ClassClient client = client(server.url(), "STOR-42", "Ada", false);
            client.open();

            Optional<Note> left = client.leave();
            client.hint(EXERCISE);
            client.close();

            assertThat(left).get().extracting(Note::text).isEqualTo("You left the class Storage 101. dockerlab reports nothing more to it.");
            assertThat(server.typesOf("l1")).containsExactly("joined", "left");
            assertThat(client.status()).isEmpty();
            assertThat(new ClassClient(state, ClassRequest.NONE).open()).as("no class after a restart").isEmpty();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits for what a background thread does; a guard against a hang, not a measure of speed. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within a minute");
            }
            Thread.sleep(50);
        }
    }
}
