package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.dockerlab.classroom.server.ClassClient.event;
import static dev.dockerlab.classroom.server.ClassClient.judged;
import static dev.dockerlab.classroom.server.TestServers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The class protocol over loopback, as the learner's REPL and the instructor's tools use it. */
class ClassServerTest {

    @TempDir
    Path data;

    private ClassServer server;
    private ClassClient client;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.start(TestServers.options(data, List.of("dock-1234", "other-class")));
        client = new ClassClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyInstructorPathAnswers401WithoutTheToken() throws Exception {
        for (String path : List.of("/", "/api/class", "/api/class?code=dock-1234", "/events", "/export.csv",
                "/export.json?code=dock-1234")) {
            assertThat(client.get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(client.get(path, "wrong-token-of-the-same-size").statusCode()).as(path + " wrong token").isEqualTo(401);
            assertThat(client.get(path, TOKEN.substring(0, TOKEN.length() - 1)).statusCode()).as(path + " prefix").isEqualTo(401);
        }
        HttpResponse<String> refused = client.get("/api/class", null);
        assertThat(ClassClient.JSON.readTree(refused.body()).get("error").asText()).contains("instructor's token");
        assertThat(client.get("/?token=not-the-token", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenInTheUrlBecomesAnHttpOnlyStrictCookie() throws Exception {
        HttpResponse<String> opened = client.get("/?token=" + TOKEN, null);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).contains("/");
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        java.net.http.HttpRequest withCookie = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(client.base() + "/")).header("Cookie", cookie.split(";")[0]).build();
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(withCookie,
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"class-dock-1234\"");
    }

    @Test
    void twoLearnersJoinSendEventsAndTheApiShowsThem() throws Exception {
        JsonNode ada = client.join("dock-1234", "Ada");
        JsonNode bob = client.join("DOCK-1234", "  Bob  ");
        assertThat(ada.get("class").asText()).isEqualTo("dock-1234");
        assertThat(client.events(ada.get("key").asText(), event(1, "joined", "01-x", 1).replace(",\"lesson\":\"01-x\",\"exercise\":1,\"exerciseTitle\":\"Exercise 1\"", ""),
                event(2, "step", "01-volumes", 1), judged(3, "01-volumes", 1, 1, 2, "volume data exists", "no volume data"),
                event(4, "hint", "01-volumes", 1), event(5, "done", "01-volumes", 1), event(6, "step", "01-volumes", 2))
                .body()).isEqualTo("{\"accepted\":6,\"lastSeq\":6}");
        assertThat(client.events(bob.get("key").asText(), event(1, "step", "01-volumes", 1),
                judged(2, "01-volumes", 1, 0, 2, "volume data exists", "no volume data")).statusCode()).isEqualTo(200);

        JsonNode view = client.classView(TOKEN, "dock-1234");
        assertThat(view.get("learners")).hasSize(2);
        JsonNode adaRow = learner(view, "Ada");
        assertThat(adaRow.get("current").get("exercise").asInt()).isEqualTo(2);
        assertThat(adaRow.get("hints").asInt()).isEqualTo(1);
        assertThat(adaRow.get("done").asInt()).isEqualTo(1);
        assertThat(adaRow.get("exercises").get(0).get("status").asText()).isEqualTo("done");
        JsonNode bobRow = learner(view, "Bob");
        assertThat(bobRow.get("exercises").get(0).get("status").asText()).isEqualTo("working");
        assertThat(bobRow.get("current").get("passing").asInt()).isZero();
        JsonNode first = view.get("exercises").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Exercise 1");
        assertThat(first.get("done").asInt()).isEqualTo(1);
        assertThat(first.get("commonFailure").get("line").asText()).isEqualTo("volume data exists");
        assertThat(first.get("commonFailure").get("observed").get(0).asText()).isEqualTo("no volume data");
        assertThat(client.classView(TOKEN, "other-class").get("learners")).isEmpty();
        assertThat(ClassClient.JSON.readTree(client.get("/api/class", TOKEN).body()).get("classes")).hasSize(2);
    }

    @Test
    void aResentBatchIsIgnoredAndEventsKeepSeqOrder() throws Exception {
        String key = client.join("dock-1234", "Ada").get("key").asText();
        assertThat(client.events(key, event(2, "step", "01-volumes", 2), event(1, "step", "01-volumes", 1)).body())
                .isEqualTo("{\"accepted\":2,\"lastSeq\":2}");
        assertThat(client.events(key, event(1, "step", "01-volumes", 1), event(2, "step", "01-volumes", 2)).body())
                .isEqualTo("{\"accepted\":0,\"lastSeq\":2}");
        assertThat(client.events(key, event(2, "step", "01-volumes", 2), event(3, "done", "01-volumes", 2)).body())
                .isEqualTo("{\"accepted\":1,\"lastSeq\":3}");
        JsonNode ada = learner(client.classView(TOKEN, "dock-1234"), "Ada");
        assertThat(ada.get("lastSeq").asLong()).isEqualTo(3);
        assertThat(ada.get("current").get("exercise").asInt()).as("seq 2 came last, so exercise 2 is current").isEqualTo(2);
    }

    @Test
    void aKeyOnlyEverSpeaksForItsOwnLearner() throws Exception {
        JsonNode ada = client.join("dock-1234", "Ada");
        JsonNode bob = client.join("dock-1234", "Bob");
        String claimingBob = "{\"seq\":1,\"type\":\"done\",\"lesson\":\"01-volumes\",\"exercise\":1,\"learner\":\""
                + bob.get("learner").asText() + "\",\"name\":\"Bob\"}";
        assertThat(client.events(ada.get("key").asText(), claimingBob).statusCode()).isEqualTo(200);
        JsonNode view = client.classView(TOKEN, "dock-1234");
        assertThat(learner(view, "Ada").get("done").asInt()).isEqualTo(1);
        assertThat(learner(view, "Bob").get("done").asInt()).isZero();
        assertThat(client.events("not-a-key", event(1, "done", "01-volumes", 1)).statusCode()).isEqualTo(401);
        assertThat(client.events(null, event(1, "done", "01-volumes", 1)).statusCode()).isEqualTo(401);
        assertThat(client.events(TOKEN, event(1, "done", "01-volumes", 1)).statusCode())
                .as("the instructor's token is no learner's key").isEqualTo(401);
    }

    @Test
    void rejoiningWithTheStoredKeyIsTheSameLearner() throws Exception {
        JsonNode ada = client.join("dock-1234", "Ada");
        String again = ClassClient.JSON.createObjectNode().put("code", "dock-1234").put("name", "Ada L.")
                .put("learner", ada.get("learner").asText()).put("key", ada.get("key").asText()).toString();
        JsonNode rejoined = ClassClient.JSON.readTree(client.post("/api/join", null, again).body());
        assertThat(rejoined.get("learner").asText()).isEqualTo(ada.get("learner").asText());
        String forged = ClassClient.JSON.createObjectNode().put("code", "dock-1234").put("name", "Mallory")
                .put("learner", ada.get("learner").asText()).put("key", "guessed").toString();
        JsonNode other = ClassClient.JSON.readTree(client.post("/api/join", null, forged).body());
        assertThat(other.get("learner").asText()).as("a wrong key joins as someone new").isNotEqualTo(ada.get("learner").asText());
        JsonNode view = client.classView(TOKEN, "dock-1234");
        assertThat(view.get("learners")).hasSize(2);
        assertThat(learner(view, "Ada L.").get("id").asText()).isEqualTo(ada.get("learner").asText());
    }

    @Test
    void badJoinsGetOneSentence() throws Exception {
        HttpResponse<String> wrongCode = client.post("/api/join", null, "{\"code\":\"nope-1\",\"name\":\"Ada\"}");
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(ClassClient.JSON.readTree(wrongCode.body()).get("error").asText()).isEqualTo("no class with join code nope-1.");
        for (String name : List.of("", "   ", "a".repeat(41), "Ada\u0007", "Ada\nBob", "Ada\u202eBob")) {
            HttpResponse<String> refused = client.post("/api/join", null,
                    ClassClient.JSON.createObjectNode().put("code", "dock-1234").put("name", name).toString());
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(ClassClient.JSON.readTree(refused.body()).get("error").asText()).doesNotContain("Exception");
        }
        HttpResponse<String> notJson = client.post("/api/join", null, "{\"code\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(ClassClient.JSON.readTree(notJson.body()).get("error").asText()).doesNotContain("Exception");
        assertThat(client.get("/api/join", null).statusCode()).isEqualTo(405);
        assertThat(client.get("/nothing-here", TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void eventsThatBreakTheProtocolAreRefused() throws Exception {
        String key = client.join("dock-1234", "Ada").get("key").asText();
        assertThat(client.events(key, "{\"seq\":0,\"type\":\"step\"}").statusCode()).isEqualTo(400);
        assertThat(client.events(key, "{\"seq\":1}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknownType = client.events(key, "{\"seq\":1,\"type\":\"exploded\"}");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("unknown event type exploded");
        List<String> many = new ArrayList<>();
        for (int seq = 1; seq <= 101; seq++) {
            many.add("{\"seq\":" + seq + ",\"type\":\"step\"}");
        }
        assertThat(client.events(key, many.toArray(String[]::new)).statusCode()).isEqualTo(400);
        assertThat(client.events(key, "{\"seq\":1,\"type\":\"step\",\"surprise\":{\"new\":true}}").statusCode())
                .as("unknown fields are ignored").isEqualTo(200);
    }

    private static JsonNode learner(JsonNode view, String name) {
        for (JsonNode learner : view.get("learners")) {
            if (learner.get("name").asText().equals(name)) {
                return learner;
            }
        }
        throw new AssertionError("no learner " + name + " in " + view);
    }
}
