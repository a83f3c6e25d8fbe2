package dev.dockerlab.classroom.server;

import com.sun.net.httpserver.HttpExchange;

import java.util.List;

/**
 * The instructor's token, in an {@code Authorization: Bearer} header or in
 * the cookie that opening {@code /?token=TOKEN} sets; compared in constant time.
 */
final class InstructorGate {

    static final String COOKIE = "dockerlab_class";

    private final String token;

    InstructorGate(String token) {
        this.token = token;
    }

    boolean admits(HttpExchange exchange) {
        String bearer = bearer(exchange);
        if (bearer != null && matches(bearer)) {
            return true;
        }
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : cookies) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(COOKIE) && matches(pair[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean matches(String given) {
        return Secrets.same(Secrets.sha256(given), Secrets.sha256(token));
    }

    /** The cookie that admits this browser from now on: script cannot read it, other sites cannot send it. */
    String cookie() {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}
