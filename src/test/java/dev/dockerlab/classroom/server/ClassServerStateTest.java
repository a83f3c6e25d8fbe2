package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.dockerlab.classroom.server.ClassClient.event;
import static dev.dockerlab.classroom.server.ClassClient.judged;
import static dev.dockerlab.classroom.server.TestServers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** What outlives a restart, what a learner cannot swell, and when a learner counts as stuck. */
class ClassServerStateTest {

    @TempDir
    Path data;

    @Test
    void aRestartedServerShowsTheSameClassAndKnowsItsLearnersKeys() throws Exception {
        JsonNode before;
        String adaKey;
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            JsonNode ada = client.join("dock-1234", "Ada");
            JsonNode bob = client.join("dock-1234", "Bob");
            adaKey = ada.get("key").asText();
            client.events(adaKey, event(1, "step", "01-volumes", 1), event(2, "done", "01-volumes", 1),
                    event(3, "step", "01-volumes", 2), judged(4, "01-volumes", 2, 1, 3, "a line", "a fact"));
            client.events(bob.get("key").asText(), event(1, "step", "01-volumes", 1), event(2, "hint", "01-volumes", 1));
            before = client.classView(TOKEN, "dock-1234");
        }
        assertThat(Files.readString(data.resolve("dock-1234.events.jsonl"))).as("keys are stored hashed")
                .doesNotContain(adaKey);
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of()))) {
            ClassClient client = new ClassClient(server.port());
            JsonNode after = client.classView(TOKEN, "dock-1234");
            assertThat(withoutClock(after)).isEqualTo(withoutClock(before));
            assertThat(client.events(adaKey, event(4, "done", "01-volumes", 2)).body())
                    .as("a resend after the restart is still known").isEqualTo("{\"accepted\":0,\"lastSeq\":4}");
            assertThat(client.events(adaKey, event(5, "done", "01-volumes", 2)).body()).isEqualTo("{\"accepted\":1,\"lastSeq\":5}");
        }
    }

    @Test
    void aLogLineCutShortByACrashIsSkippedAndTheNextEntryStartsOnItsOwnLine() throws Exception {
        String key;
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            key = client.join("dock-1234", "Ada").get("key").asText();
            client.events(key, event(1, "step", "01-volumes", 1));
        }
        Files.writeString(data.resolve("dock-1234.events.jsonl"), "{\"learner\":\"l-1\",\"receivedAt\":1,\"ev",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of()))) {
            ClassClient client = new ClassClient(server.port());
            assertThat(client.events(key, event(2, "done", "01-volumes", 1)).statusCode()).isEqualTo(200);
        }
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of()))) {
            JsonNode ada = new ClassClient(server.port()).classView(TOKEN, "dock-1234").get("learners").get(0);
            assertThat(ada.get("lastSeq").asLong()).isEqualTo(2);
            assertThat(ada.get("done").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aLearnerIsStuckAfterNoProgressForTheSetTimeAndNotWhileProgressing() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234"),
                ServerOptions.Limits.standard(), clock))) {
            ClassClient client = new ClassClient(server.port());
            String ada = client.join("dock-1234", "Ada").get("key").asText();
            String bob = client.join("dock-1234", "Bob").get("key").asText();
            client.events(ada, "{\"seq\":1,\"type\":\"step\",\"lesson\":\"01-volumes\",\"exercise\":1}");
            client.events(bob, "{\"seq\":1,\"type\":\"step\",\"lesson\":\"01-volumes\",\"exercise\":1}");
            clock.advance(Duration.ofMinutes(4));
            client.events(bob, judged(2, "01-volumes", 1, 1, 2, "line", "fact"));
            client.events(ada, judged(2, "01-volumes", 1, 0, 2, "line", "fact"));
            clock.advance(Duration.ofMinutes(2));
            JsonNode view = client.classView(TOKEN, "dock-1234");
            assertThat(stuck(view, "Ada")).as("6 min without a check more passing").isTrue();
            assertThat(stuck(view, "Bob")).as("a check more passed 2 min ago").isFalse();
            assertThat(learnerNamed(view, "Ada").get("current").get("seconds").asLong()).isEqualTo(360);
            clock.advance(Duration.ofMinutes(4));
            client.events(bob, event(3, "done", "01-volumes", 1));
            view = client.classView(TOKEN, "dock-1234");
            assertThat(stuck(view, "Bob")).as("done is not stuck").isFalse();
            HttpResponse<String> page = client.get("/", TOKEN);
            assertThat(page.body()).contains("data-stuck=\"" + learnerNamed(view, "Ada").get("id").asText() + "\"");
        }
    }

    private static boolean stuck(JsonNode view, String name) {
        return learnerNamed(view, name).get("stuck").asBoolean();
    }

    private static JsonNode learnerNamed(JsonNode view, String name) {
        for (JsonNode learner : view.get("learners")) {
            if (learner.get("name").asText().equals(name)) {
                return learner;
            }
        }
        throw new AssertionError("no learner " + name);
    }

    private static JsonNode withoutClock(JsonNode view) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = view.deepCopy();
        copy.remove("generatedAt");
        copy.get("learners").forEach(learner -> {
            if (learner.get("current") != null) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) learner.get("current")).remove("seconds");
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) learner).remove("stuck");
        });
        return copy;
    }
}
