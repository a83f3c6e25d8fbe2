package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.classroom.ClassProtocol;
import dev.dockerlab.classroom.EventType;
import dev.dockerlab.classroom.client.LearnerEvents.Place;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The class protocol's events (docs/CLASSROOM.md), as JSON: the type, when,
 * where the learner is, and for a judgement the pass count and the failing
 * lines as the learner sees them with what was observed. Never a command's
 * text unless one is given, which only a learner's opt-in does. Long text is
 * cut here, so a batch stays well within the server's request limit.
 */
final class EventJson {

    static final int MOST_FAILING = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    static ObjectNode of(EventType type, Instant at) {
        return JSON.createObjectNode().put("type", type.wireName()).put("at", at.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static ObjectNode at(EventType type, Instant at, Place place) {
        ObjectNode event = of(type, at).put("lesson", cut(place.lesson())).put("step", place.step());
        if (place.isExercise()) {
            event.put("exercise", place.exercise()).put("exerciseTitle", cut(place.title()));
        } else {
            event.put("stepTitle", cut(place.title()));
        }
        return event;
    }

    static ObjectNode judged(Instant at, Place place, Judgement judgement, Optional<String> command) {
        ObjectNode event = at(EventType.JUDGED, at, place).put("passing", judgement.passing()).put("total", judgement.total());
        ArrayNode failing = event.putArray("failing");
        for (Judged line : judgement.failing().stream().limit(MOST_FAILING).toList()) {
            failing.addObject().put("line", cut(line.check().shown()))
                    .put("observed", cut(line.verdict().map(verdict -> verdict.observed()).orElse("")));
        }
        command.ifPresent(typed -> event.put("command", cut(typed)));
        return event;
    }

    static String cut(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= ClassProtocol.MAX_TEXT_LENGTH ? plain
                : plain.substring(0, ClassProtocol.MAX_TEXT_LENGTH - 1) + "…";
    }
}
