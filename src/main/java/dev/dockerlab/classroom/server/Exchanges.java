package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.dockerlab.classroom.ClassProtocol;
import dev.dockerlab.classroom.ErrorReply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing answers, as every handler does. */
final class Exchanges {

    /**
     * A body somewhat over the limit is read to its end before the refusal,
     * so the client hears the 413 rather than a reset connection; a far
     * larger one is refused at once.
     */
    private static final long DRAINED_BYTES = 1024 * 1024;

    private Exchanges() {
    }

    /** The body as a record of {@code type}; too large is 413, not JSON of that shape is 400. */
    static <T> T body(HttpExchange exchange, ObjectMapper json, Class<T> type) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLength(declared) > DRAINED_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(exchange.getRequestBody(), ClassProtocol.MAX_BODY_BYTES);
        try {
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw Refusal.badRequest("the request body is empty.");
            }
            return value;
        } catch (JsonProcessingException notJson) {
            throw Refusal.badRequest("the request body is not the JSON this path takes"
                    + (notJson.getCause() instanceof IllegalArgumentException reason ? " (" + reason.getMessage() + ")." : "."));
        }
    }

    private static long parseLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException notANumber) {
            throw Refusal.badRequest("the Content-Length header is not a number.");
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        long total = 0;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > DRAINED_BYTES) {
                throw tooLarge();
            }
            if (total <= limit) {
                out.write(buffer, 0, read);
            }
        }
        if (total > limit) {
            throw tooLarge();
        }
        return out.toByteArray();
    }

    private static Refusal tooLarge() {
        return new Refusal(413, "a request body is at most " + ClassProtocol.MAX_BODY_BYTES / 1024 + " KiB.", 0);
    }

    static void json(HttpExchange exchange, ObjectMapper json, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.writeValueAsBytes(value));
    }

    static void refuse(HttpExchange exchange, ObjectMapper json, Refusal refusal) throws IOException {
        if (refusal.retryAfterSeconds > 0) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(refusal.retryAfterSeconds));
        }
        if (refusal.status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        json(exchange, json, refusal.status, new ErrorReply(refusal.getMessage()));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The client's address, for limits per address. */
    static String address(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }
}
