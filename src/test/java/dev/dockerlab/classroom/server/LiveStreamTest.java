package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.dockerlab.classroom.server.TestServers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's Server-Sent Events: what a viewer reads, and that open streams leave the request pool free. */
class LiveStreamTest {

    @TempDir
    Path data;

    @Test
    void aJoinArrivesAsAnUpdateNamingTheLearnerWithTheClassFragment() throws Exception {
        // the first update, the class as it stands, names no learner; the join's names Ada
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            HttpResponse<InputStream> stream = open(client, HttpClient.newHttpClient());
            assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            String learner = client.join("dock-1234", "Ada").get("learner").asText();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                JsonNode update = null;
                String line;
                while (update == null && (line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        JsonNode read = ClassClient.JSON.readTree(line.substring(6));
                        update = read.get("changed").isEmpty() ? null : read;
                    }
                }
                assertThat(update).isNotNull();
                assertThat(update.get("code").asText()).isEqualTo("dock-1234");
                assertThat(update.get("changed").get(0).asText()).isEqualTo(learner);
                assertThat(update.get("html").asText()).startsWith("<section class=\"class\" id=\"class-dock-1234\">")
                        .contains("data-learner-row=\"" + learner + "\"");
            }
        }
    }

    @Test
    void aNewViewerGetsEveryClassAtOnceSoNothingBeforeItsStreamIsMissed() throws Exception {
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234", "other")))) {
            ClassClient client = new ClassClient(server.port());
            String learner = client.join("dock-1234", "Ada").get("learner").asText();
            HttpResponse<InputStream> stream = open(client, HttpClient.newHttpClient());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                List<JsonNode> updates = new ArrayList<>();
                String line;
                while (updates.size() < 2 && (line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        updates.add(ClassClient.JSON.readTree(line.substring(6)));
                    }
                }
                assertThat(updates).extracting(update -> update.get("code").asText()).containsExactly("dock-1234", "other");
                assertThat(updates.get(0).get("html").asText()).contains("data-learner-row=\"" + learner + "\"");
            }
        }
    }

    @Test
    void moreOpenStreamsThanRequestThreadsStillLeaveTheApiAnswering() throws Exception {
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            List<HttpResponse<InputStream>> streams = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                streams.add(open(client, HttpClient.newHttpClient()));
            }
            assertThat(streams).allSatisfy(stream -> assertThat(stream.statusCode()).isEqualTo(200));
            HttpResponse<String> view = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(client.base() + "/api/class?code=dock-1234")).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(client.join("dock-1234", "Ada").get("learner").asText()).startsWith("l-");
            for (HttpResponse<InputStream> stream : streams) {
                stream.body().close();
            }
        }
    }

    private static HttpResponse<InputStream> open(ClassClient client, HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(client.base() + "/events"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }
}
