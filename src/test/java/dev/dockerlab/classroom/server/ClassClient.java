package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test's HTTP client for a class server on loopback: learners' posts and the instructor's gets. */
final class ClassClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    ClassClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> post(String path, String bearer, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Joins and answers the reply's fields; fails the test on anything but 200. */
    JsonNode join(String code, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/join",
                null, JSON.createObjectNode().put("code", code).put("name", name).toString());
        if (response.statusCode() != 200) {
            throw new AssertionError("join answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> events(String key, String... events) throws IOException, InterruptedException {
        return post("/api/events", key, "{\"events\":[" + String.join(",", events) + "]}");
    }

    JsonNode classView(String token, String code) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/class?code=" + code, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("/api/class answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static String event(long seq, String type, String lesson, int exercise) {
        return "{\"seq\":" + seq + ",\"at\":\"2026-11-30T05:00:0" + Math.min(seq, 9) + "Z\",\"type\":\"" + type
                + "\",\"lesson\":\"" + lesson + "\",\"exercise\":" + exercise + ",\"exerciseTitle\":\"Exercise "
                + exercise + "\"}";
    }

    static String judged(long seq, String lesson, int exercise, int passing, int total, String line, String observed) {
        return "{\"seq\":" + seq + ",\"type\":\"judged\",\"lesson\":\"" + lesson + "\",\"exercise\":" + exercise
                + ",\"passing\":" + passing + ",\"total\":" + total + ",\"failing\":[{\"line\":"
                + JSON.valueToTree(line) + ",\"observed\":" + JSON.valueToTree(observed) + "}]}";
    }
}
