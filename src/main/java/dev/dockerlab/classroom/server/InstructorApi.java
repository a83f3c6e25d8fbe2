package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The instructor's JSON: one class ({@code ?code=CODE}) or all of them. Guarded by the token. */
final class InstructorApi {

    private final Classes classes;
    private final InstructorGate gate;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration stuckAfter;

    InstructorApi(Classes classes, InstructorGate gate, ObjectMapper json, ServerOptions options) {
        this.classes = classes;
        this.gate = gate;
        this.json = json;
        this.clock = options.clock();
        this.stuckAfter = options.stuckAfter();
    }

    /** All classes, or the one the query names. */
    record AllClasses(List<ClassView> classes) {
    }

    void classView(HttpExchange exchange) throws IOException {
        admit(exchange);
        Optional<String> code = query(exchange, "code");
        if (code.isPresent()) {
            Exchanges.json(exchange, json, 200, view(room(code.get())));
        } else {
            Exchanges.json(exchange, json, 200, new AllClasses(views()));
        }
    }

    void admit(HttpExchange exchange) {
        if (!gate.admits(exchange)) {
            throw Refusal.unauthorized("this needs the instructor's token (Authorization: Bearer TOKEN,"
                    + " or open the dashboard URL with ?token=TOKEN once).");
        }
    }

    ClassRoom room(String code) {
        return classes.byCode(code).orElseThrow(() -> Refusal.notFound("no class with join code "
                + IncomingEvents.cap(code) + "."));
    }

    List<ClassView> views() {
        return classes.all().stream().map(this::view).toList();
    }

    ClassView view(ClassRoom room) {
        return room.view(clock.instant(), stuckAfter);
    }

    static Optional<String> query(HttpExchange exchange, String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Optional.empty();
    }
}
