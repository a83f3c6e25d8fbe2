package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * One path of the server, for one method: a refusal becomes its status and
 * sentence, anything unforeseen a 500 and a line in the server's log, never
 * a stack trace to the client.
 */
final class Route implements HttpHandler {

    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final String method;
    private final String path;
    private final Answer answer;
    private final ObjectMapper json;
    private final Consumer<String> log;

    Route(String method, String path, Answer answer, ObjectMapper json, Consumer<String> log) {
        this.method = method;
        this.path = path;
        this.answer = answer;
        this.json = json;
        this.log = log;
    }

    String path() {
        return path;
    }

    static Consumer<String> logTo(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                throw Refusal.notFound("nothing at " + IncomingEvents.cap(exchange.getRequestURI().getPath()) + ".");
            }
            if (!exchange.getRequestMethod().equals(method)) {
                exchange.getResponseHeaders().set("Allow", method);
                throw new Refusal(405, path + " takes " + method + " only.", 0);
            }
            answer.answer(exchange);
        } catch (Refusal refusal) {
            Exchanges.refuse(exchange, json, refusal);
        } catch (IOException | RuntimeException failure) {
            log.accept("class server: " + exchange.getRequestMethod() + " " + path + " failed: " + failure);
            try {
                Exchanges.refuse(exchange, json, new Refusal(500, "the class server failed; see its log.", 0));
            } catch (IOException | RuntimeException alreadyAnswering) {
                exchange.close();
            }
        }
    }
}
