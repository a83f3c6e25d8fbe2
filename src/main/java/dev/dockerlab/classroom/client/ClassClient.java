package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.classroom.EventType;
import dev.dockerlab.model.Judgement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learner's side of a class: joins as the session opens (or rejoins as
 * the same learner after a restart), turns what the REPL reports into the
 * protocol's events, queues them on disk and lets an {@link EventSender}
 * post them. The class is optional to learning: a wrong code is one sentence
 * and the session goes on without it; a server that does not answer is one
 * sentence and the events wait for it. The text of a command leaves this
 * machine only when the learner opted in for this session.
 */
public final class ClassClient implements LearnerEvents {

    private static final Duration LAST_SEND = Duration.ofSeconds(3);

    private final ClassRequest request;
    private final Outbox outbox;
    private final MembershipFile file;
    private EventSender sender;
    private String queueTrouble = "";

    /** @param stateFolder dockerlab's state folder; the class keeps its files in class/ under it */
    public ClassClient(Path stateFolder, ClassRequest request) {
        Path folder = stateFolder.resolve("class");
        this.request = request;
        this.outbox = new Outbox(folder);
        this.file = new MembershipFile(folder);
    }

    static String awaySentence(URI server) {
        return "The class server at " + server + " does not answer; your progress is kept and sent when it does.";
    }

    @Override
    public List<Note> open() {
        Optional<Membership> stored = file.load();
        List<Note> notes = new ArrayList<>();
        Membership membership;
        if (request.asksToJoin()) {
            Optional<String> problem = request.problem();
            if (problem.isPresent()) {
                return List.of(warning(problem.get() + " You go on without the class."));
            }
            URI server = request.server().orElseThrow();
            String code = request.code().orElseThrow();
            String name = request.name().orElseThrow();
            if (stored.isPresent() && stored.get().sameClass(server, code)) {
                membership = stored.get().named(name);
            } else {
                stored.ifPresent(old -> notes.add(new Note(Note.Kind.INFO, "You leave the class " + old.shownTitle() + " at "
                        + old.server() + " for this one.")));
                forget();
                membership = Membership.pending(server, code, name);
            }
        } else if (stored.isPresent()) {
            membership = stored.get();
        } else {
            return List.of();
        }
        ClassApi server = new ClassApi(membership.server());
        ClassApi.JoinAnswer answer = server.join(membership);
        if (answer instanceof ClassApi.Refused refused && membership.key().isPresent() && refused.status() == 401) {
            membership = membership.forgotten();
            answer = server.join(membership);
        }
        if (answer instanceof ClassApi.Refused refused) {
            forget();
            notes.add(warning(EventSender.sentence(refused.sentence()) + " You go on without the class."));
            return notes;
        }
        boolean rejoined = membership.joined();
        if (answer instanceof ClassApi.Joined joined) {
            membership = membership.joinedAs(joined.learner(), joined.key(), joined.title());
        }
        try {
            file.save(membership);
        } catch (IOException cannotWrite) {
            notes.add(warning("Cannot keep your class membership in " + file.path() + " (" + cannotWrite.getMessage()
                    + "); a restart will join as a new learner."));
        }
        sender = new EventSender(server, outbox, file, membership);
        if (answer instanceof ClassApi.Joined) {
            notes.add(new Note(Note.Kind.OK, (rejoined && !request.asksToJoin() ? "You are in the class " : "You joined the class ")
                    + membership.shownTitle() + " at " + membership.server() + " as " + membership.name() + ". " + sharing()));
        } else {
            notes.add(warning(awaySentence(membership.server())));
            notes.add(new Note(Note.Kind.INFO, "You join the class " + membership.shownTitle() + " as " + membership.name()
                    + " when it does. " + sharing()));
            sender.toldAway();
        }
        queue(EventJson.of(EventType.JOINED, Instant.now()).put("name", membership.name()));
        sender.start();
        return notes;
    }

    /** What the instructor sees, said on joining: never the commands, unless the learner asked. */
    private String sharing() {
        return request.shareCommands()
                ? "The instructor sees your steps, checks, hints and solutions, and the commands you type (you chose --class-share-commands)."
                : "The instructor sees your steps, checks, hints and solutions, not the commands you type.";
    }

    @Override
    public void stepShown(Place place) {
        queue(EventJson.at(EventType.STEP, Instant.now(), place));
    }

    @Override
    public void judged(Place place, Judgement judgement, Optional<String> command) {
        if (judgement.judged() < judgement.total()) {
            return;
        }
        queue(EventJson.judged(Instant.now(), place, judgement, command.filter(typed -> request.shareCommands())));
    }

    @Override
    public void hint(Place place) {
        queue(EventJson.at(EventType.HINT, Instant.now(), place));
    }

    @Override
    public void solution(Place place) {
        queue(EventJson.at(EventType.SOLUTION, Instant.now(), place));
    }

    @Override
    public void done(Place place, Judgement judgement) {
        queue(EventJson.at(EventType.DONE, Instant.now(), place).put("passing", judgement.passing()).put("total", judgement.total()));
    }

    @Override
    public List<Note> news() {
        if (sender == null) {
            return List.of();
        }
        List<Note> news = sender.news();
        if (sender.ended()) {
            sender = null;
        }
        return news;
    }

    @Override
    public List<String> status() {
        if (sender == null) {
            return List.of();
        }
        Membership membership = sender.membership();
        List<String> lines = new ArrayList<>();
        lines.add("Class " + membership.shownTitle() + " at " + membership.server() + " (join code " + membership.code() + ")");
        lines.add(membership.joined() ? "Joined as " + membership.name()
                : "Joining as " + membership.name() + " when the server answers");
        lines.add(request.shareCommands() ? "Sent: your steps, checks, hints, solutions and the commands you type"
                : "Sent: your steps, checks, hints and solutions; not the commands you type");
        lines.add(queued() + (sender.away() ? "; the server does not answer, they are sent when it does" : ""));
        sender.lastTrouble().filter(trouble -> !sender.away()).ifPresent(trouble -> lines.add("Last trouble: " + trouble));
        if (sender.dropped() > 0) {
            lines.add(sender.dropped() + " events the server refused were let go");
        }
        if (!queueTrouble.isEmpty()) {
            lines.add("Not queued: " + queueTrouble);
        }
        return lines;
    }

    private String queued() {
        try {
            int count = outbox.size();
            return count == 0 ? "Nothing waits to be sent" : count + (count == 1 ? " event waits" : " events wait") + " to be sent";
        } catch (IOException unreadable) {
            return "The queue cannot be read: " + unreadable.getMessage();
        }
    }

    @Override
    public Optional<Note> leave() {
        if (sender == null) {
            return Optional.empty();
        }
        sender.stop();
        Membership membership = sender.membership();
        queue(EventJson.of(EventType.LEFT, Instant.now()));
        boolean told = sender.drain(LAST_SEND);
        sender = null;
        forget();
        return Optional.of(new Note(Note.Kind.OK, "You left the class " + membership.shownTitle()
                + (told ? "" : "; its server did not answer, so it was not told") + ". dockerlab reports nothing more to it."));
    }

    @Override
    public void close() {
        if (sender == null) {
            return;
        }
        sender.stop();
        sender.drain(LAST_SEND);
        sender = null;
    }

    private void queue(ObjectNode event) {
        if (sender == null) {
            return;
        }
        try {
            outbox.add(event);
            queueTrouble = "";
            sender.wake();
        } catch (IOException | RuntimeException cannotWrite) {
            // the learner's work goes on; /class says why the class hears nothing
            queueTrouble = "the class's queue in the state folder cannot be written (" + cannotWrite.getMessage() + ")";
        }
    }

    /** Forgets the class: its membership and its queued events. */
    private void forget() {
        try {
            outbox.clear();
            file.delete();
        } catch (IOException cannotDelete) {
            queueTrouble = "cannot remove the class's files (" + cannotDelete.getMessage() + ")";
        }
    }

    private static Note warning(String text) {
        return new Note(Note.Kind.WARNING, text);
    }
}
