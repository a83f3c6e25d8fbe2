package dev.dockerlab.classroom.server;

import dev.dockerlab.classroom.ClassEvent;
import dev.dockerlab.classroom.ClassProtocol;
import dev.dockerlab.classroom.FailingCheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's events as the server keeps them: checked (a seq from 1, a
 * type), in seq order, one per seq, with learner-supplied text cut to a
 * bounded length so a learner cannot swell the log or the dashboard.
 */
final class IncomingEvents {

    private static final int MAX_FAILING = 20;
    private static final int MAX_INDEX = 1000;
    private static final int MAX_COUNT = 10_000;

    private IncomingEvents() {
    }

    /** The events in seq order, cleaned; throws {@link Refusal} with the sentence the learner gets. */
    static List<ClassEvent> clean(List<ClassEvent> events) {
        if (events == null) {
            throw Refusal.badRequest("the body must hold an \"events\" list.");
        }
        if (events.size() > ClassProtocol.MAX_EVENTS_PER_REQUEST) {
            throw Refusal.badRequest("send at most " + ClassProtocol.MAX_EVENTS_PER_REQUEST + " events per request.");
        }
        Map<Long, ClassEvent> bySeq = new LinkedHashMap<>();
        for (ClassEvent event : events) {
            if (event == null || event.seq() < 1) {
                throw Refusal.badRequest("every event needs a seq of 1 or more.");
            }
            if (event.type() == null) {
                throw Refusal.badRequest("event " + event.seq() + " has no type.");
            }
            bySeq.putIfAbsent(event.seq(), cleaned(event));
        }
        List<ClassEvent> ordered = new ArrayList<>(bySeq.values());
        ordered.sort(Comparator.comparingLong(ClassEvent::seq));
        return ordered;
    }

    private static ClassEvent cleaned(ClassEvent event) {
        Integer exercise = event.exercise() != null && event.exercise() >= 1 && event.exercise() <= MAX_INDEX
                ? event.exercise() : null;
        List<FailingCheck> failing = event.failing() == null ? null : event.failing().stream()
                .filter(check -> check != null && check.line() != null).limit(MAX_FAILING)
                .map(check -> new FailingCheck(cap(check.line()), cap(check.observed()))).toList();
        return new ClassEvent(event.seq(), cap(event.at()), event.type(), cap(event.lesson()), exercise,
                cap(event.exerciseTitle()), count(event.passing()), count(event.total()), failing, cap(event.command()));
    }

    private static Integer count(Integer value) {
        return value == null ? null : Math.max(0, Math.min(MAX_COUNT, value));
    }

    static String cap(String text) {
        if (text == null || text.length() <= ClassProtocol.MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, ClassProtocol.MAX_TEXT_LENGTH - 1) + "…";
    }
}
