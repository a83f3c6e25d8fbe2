package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A class server's learner API in a few lines, on 127.0.0.1, for the client's
 * own behaviour (rejoins, a server that refuses a batch, a busy one). It keeps
 * the protocol's rules that the client relies on: one event per seq, a key
 * per learner. The real server is tested with the REPL in ClassReplDaemonTest.
 */
final class FakeClassServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer http;
    private final String code;
    private final Map<String, String> learnerOfKey = new HashMap<>();
    private final Map<String, TreeMap<Long, JsonNode>> events = new HashMap<>();
    private final List<JsonNode> joins = new ArrayList<>();
    private IntPredicate tooLarge = count -> false;
    private int busyAnswers;
    private int learners;

    FakeClassServer(String code) throws IOException {
        this(code, 0);
    }

    FakeClassServer(String code, int port) throws IOException {
        this.code = code;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/api/join", this::join);
        http.createContext("/api/events", this::events);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    int port() {
        return http.getAddress().getPort();
    }

    /** Refuses (413) a batch of so many events. */
    synchronized void refuseBatches(IntPredicate ofSize) {
        tooLarge = ofSize;
    }

    /** The next so many event posts are answered 429. */
    synchronized void busyFor(int answers) {
        busyAnswers = answers;
    }

    /** Forgets every key, as a server started afresh would. */
    synchronized void forgetKeys() {
        learnerOfKey.clear();
    }

    synchronized List<JsonNode> joins() {
        return List.copyOf(joins);
    }

    /** The events a learner sent, in seq order. */
    synchronized List<JsonNode> eventsOf(String learner) {
        return List.copyOf(events.getOrDefault(learner, new TreeMap<>()).values());
    }

    synchronized List<String> typesOf(String learner) {
        return eventsOf(learner).stream().map(event -> event.path("type").asText()).toList();
    }

    synchronized List<String> learners() {
        return List.copyOf(events.keySet());
    }

    private synchronized void join(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        joins.add(body);
        if (!code.equals(body.path("code").asText())) {
            answer(exchange, 404, "{\"error\":\"no class with join code " + body.path("code").asText() + "\"}");
            return;
        }
        String learner = body.path("learner").asText("");
        String key = body.path("key").asText("");
        if (learner.isEmpty() || !learner.equals(learnerOfKey.get(key))) {
            learner = "l" + ++learners;
            key = "key-" + learner;
            learnerOfKey.put(key, learner);
        }
        answer(exchange, 200, "{\"learner\":\"" + learner + "\",\"key\":\"" + key + "\",\"class\":\"Storage 101\"}");
    }

    private synchronized void events(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String learner = authorization == null ? null : learnerOfKey.get(authorization.replaceFirst("^Bearer ", ""));
        if (learner == null) {
            answer(exchange, 401, "{\"error\":\"unknown key\"}");
            return;
        }
        if (busyAnswers > 0) {
            busyAnswers--;
            exchange.getResponseHeaders().add("Retry-After", "1");
            answer(exchange, 429, "{\"error\":\"too many requests\"}");
            return;
        }
        JsonNode batch = JSON.readTree(exchange.getRequestBody()).path("events");
        if (tooLarge.test(batch.size())) {
            answer(exchange, 413, "{\"error\":\"request too large\"}");
            return;
        }
        TreeMap<Long, JsonNode> mine = events.computeIfAbsent(learner, key -> new TreeMap<>());
        batch.forEach(event -> mine.putIfAbsent(event.path("seq").asLong(), event));
        answer(exchange, 200, "{\"accepted\":" + batch.size() + ",\"lastSeq\":" + mine.lastKey() + "}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
