package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.classroom.JoinReply;
import dev.dockerlab.classroom.JoinRequest;
import dev.dockerlab.classroom.ClassProtocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The classes of one server, by join code: those named at start and those
 * whose logs are in the data folder. Finds a learner by its key, in any class.
 */
final class Classes implements AutoCloseable {

    /** A code is a file name too: letters, digits, '-' and '_' only. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final String LOG_SUFFIX = ".events.jsonl";

    private final Map<String, ClassRoom> byCode = new TreeMap<>();
    private final Map<String, Member> byKeyHash = new ConcurrentHashMap<>();
    private final BiConsumer<ClassRoom, String> listener;

    /** A learner and its class. */
    record Member(ClassRoom room, LearnerState learner) {
    }

    Classes(Path dataDir, List<String> codes, ServerOptions.Limits limits, ObjectMapper json,
            BiConsumer<ClassRoom, String> changed) {
        this.listener = changed;
        List<String> all = new ArrayList<>(codes.stream().map(Classes::normalized).toList());
        all.addAll(logged(dataDir));
        for (String code : all) {
            byCode.computeIfAbsent(code, c -> new ClassRoom(c, new EventLog(dataDir.resolve(c + LOG_SUFFIX), json), limits));
        }
        byCode.values().forEach(room -> room.learners().forEach(learner ->
                byKeyHash.put(learner.keyHash, new Member(room, learner))));
    }

    /** A join code as the server keeps it; a code it cannot keep is refused with a sentence. */
    static String normalized(String code) {
        String normal = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(normal).matches()) {
            throw new IllegalArgumentException("a join code is 1 to 40 letters, digits, '-' or '_', starting with"
                    + " a letter or digit: " + code);
        }
        return normal;
    }

    /** The join codes of the classes whose logs are in the data folder. */
    static List<String> logged(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(LOG_SUFFIX))
                    .map(name -> name.substring(0, name.length() - LOG_SUFFIX.length()))
                    .filter(code -> CODE.matcher(code).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class folder " + dataDir, e);
        }
    }

    List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    Collection<ClassRoom> all() {
        return byCode.values();
    }

    Optional<ClassRoom> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    Optional<Member> byKey(String key) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.ofNullable(byKeyHash.get(Secrets.sha256(key)));
    }

    JoinReply join(JoinRequest request, Instant now) {
        String name = checkedName(request.name());
        ClassRoom room = byCode(request.code()).orElseThrow(() -> Refusal.notFound("no class with join code "
                + IncomingEvents.cap(request.code()) + "."));
        if (request.learner() != null && request.key() != null) {
            LearnerState again = room.rejoin(request.learner(), Secrets.sha256(request.key()), name, now);
            if (again != null) {
                changed(room, again.id);
                return new JoinReply(again.id, request.key(), room.code());
            }
        }
        String key = Secrets.token();
        String keyHash = Secrets.sha256(key);
        LearnerState learner = room.join(Secrets.learnerId(), name, keyHash, now);
        byKeyHash.put(keyHash, new Member(room, learner));
        changed(room, learner.id);
        return new JoinReply(learner.id, key, room.code());
    }

    /** Tells the live view that a learner of the class changed. */
    void changed(ClassRoom room, String learnerId) {
        listener.accept(room, learnerId);
    }

    private static String checkedName(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.length() > ClassProtocol.MAX_NAME_LENGTH) {
            throw Refusal.badRequest("a name is 1 to " + ClassProtocol.MAX_NAME_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw Refusal.badRequest("a name may not hold control or formatting characters.");
        }
        return name;
    }

    @Override
    public void close() {
        byCode.values().forEach(ClassRoom::close);
    }
}
