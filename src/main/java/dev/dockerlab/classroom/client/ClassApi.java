package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The class server's learner API (docs/CLASSROOM.md): join, and post events.
 * Every answer is a value, a server that does not answer included; nothing
 * here throws at the REPL. Requests go straight to the server, never through
 * a proxy: a class runs on one room's network.
 */
final class ClassApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI server;

    ClassApi(URI server) {
        this.server = server;
    }

    sealed interface JoinAnswer {
    }

    record Joined(String learner, String key, String title) implements JoinAnswer {
    }

    /** The server said no (a wrong code, a refused name, a key it does not know): its sentence. */
    record Refused(int status, String sentence) implements JoinAnswer, PostAnswer {
    }

    record Away(String why) implements JoinAnswer, PostAnswer {
    }

    sealed interface PostAnswer {
    }

    record Accepted(long lastSeq) implements PostAnswer {
    }

    record Unauthorized() implements PostAnswer {
    }

    record RetryLater(Duration after) implements PostAnswer {
    }

    JoinAnswer join(Membership membership) {
        ObjectNode body = JSON.createObjectNode().put("code", membership.code()).put("name", membership.name());
        body.put("learner", membership.learner().orElse(null));
        body.put("key", membership.key().orElse(null));
        HttpResponse<String> response;
        try {
            response = post("api/join", JSON.writeValueAsString(body), Optional.empty());
        } catch (IOException noAnswer) {
            return new Away(String.valueOf(noAnswer.getMessage()));
        }
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (status == 200 && answer.path("learner").isTextual() && answer.path("key").isTextual()) {
            return new Joined(answer.path("learner").asText(), answer.path("key").asText(),
                    answer.path("class").isTextual() ? answer.path("class").asText() : membership.code());
        }
        if (status >= 500 || status == 429) {
            return new Away("answers " + status);
        }
        if (!answer.path("error").isTextual()) {
            // some other web server at that address (a wrong port, a redirect to a login page)
            return new Refused(status, "The address " + server + " does not answer as a class server (HTTP " + status + ")");
        }
        return new Refused(status, sentence(answer, status));
    }

    /** @param events JSON texts of events, oldest first */
    PostAnswer post(String key, List<String> events) {
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            body.append(i == 0 ? "" : ",").append(events.get(i));
        }
        HttpResponse<String> response;
        try {
            response = post("api/events", body.append("]}").toString(), Optional.of(key));
        } catch (IOException noAnswer) {
            return new Away(String.valueOf(noAnswer.getMessage()));
        }
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        return switch (status) {
            case 200 -> new Accepted(answer.path("lastSeq").asLong(0));
            case 401, 403 -> new Unauthorized();
            case 429, 503 -> new RetryLater(retryAfter(response));
            default -> status >= 500 ? new Away("answers " + status) : new Refused(status, sentence(answer, status));
        };
    }

    /** @throws IOException when the server does not answer (or the wait was interrupted: the session ends) */
    private HttpResponse<String> post(String path, String body, Optional<String> key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)) // relative: a server under a path prefix keeps it.timeout(ANSWER)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        key.ifPresent(secret -> request.header("Authorization", "Bearer " + secret));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", stopped);
        } catch (IllegalArgumentException | SecurityException cannotAsk) {
            throw new IOException(cannotAsk.getMessage(), cannotAsk);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** The server's own sentence ({"error": "..."}), else the status. */
    private static String sentence(JsonNode answer, int status) {
        String error = answer.path("error").asText("").strip();
        return error.isEmpty() ? "the class server answered " + status : error;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        long seconds = header.filter(value -> value.strip().matches("\\d{1,6}")).map(value -> Long.parseLong(value.strip())).orElse(5L);
        return Duration.ofSeconds(Math.max(1, Math.min(seconds, 60)));
    }
}
