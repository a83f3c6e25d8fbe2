package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.dockerlab.classroom.ClassEvent;
import dev.dockerlab.classroom.EventBatch;
import dev.dockerlab.classroom.EventsReply;
import dev.dockerlab.classroom.JoinRequest;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * What learners send: a join (limited per address) and events (limited per
 * key, and only ever about the learner whose key sent them).
 */
final class LearnerApi {

    private final Classes classes;
    private final ObjectMapper json;
    private final Clock clock;
    private final RateLimiter joins;
    private final RateLimiter events;

    LearnerApi(Classes classes, ObjectMapper json, ServerOptions options) {
        this.classes = classes;
        this.json = json;
        this.clock = options.clock();
        this.joins = new RateLimiter(options.limits().joinsPerAddress(), System::nanoTime);
        this.events = new RateLimiter(options.limits().eventsPerLearner(), System::nanoTime);
    }

    void join(HttpExchange exchange) throws IOException {
        joins.take(Exchanges.address(exchange));
        JoinRequest request = Exchanges.body(exchange, json, JoinRequest.class);
        Exchanges.json(exchange, json, 200, classes.join(request, clock.instant()));
    }

    void events(HttpExchange exchange) throws IOException {
        String key = InstructorGate.bearer(exchange);
        Classes.Member member = classes.byKey(key).orElseThrow(() ->
                Refusal.unauthorized("this learner key is not known here; join the class again."));
        events.take(member.learner().id);
        List<ClassEvent> batch = IncomingEvents.clean(Exchanges.body(exchange, json, EventBatch.class).events());
        EventsReply reply = member.room().accept(member.learner(), batch, clock.instant());
        if (reply.accepted() > 0) {
            classes.changed(member.room(), member.learner().id);
        }
        Exchanges.json(exchange, json, 200, reply);
    }
}
