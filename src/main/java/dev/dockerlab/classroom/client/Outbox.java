package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.progress.AtomicFile;
import dev.dockerlab.progress.FileMutex;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events not yet accepted by the class server, on disk: one JSON event a
 * line in {@code outbox.jsonl}, each numbered (seq) as it is added, the next
 * number kept in {@code next-seq}. Every change is made under a file lock, so
 * two sessions of one learner share it and a killed REPL loses at most the
 * line it was writing (a torn line is skipped on reading). Sending takes the
 * oldest events and removes them once the server has them.
 */
final class Outbox {

    /** Enough for a day of work with the server away; beyond it the oldest events go. */
    static final int MOST_KEPT = 5000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path lines;
    private final Path nextSeq;
    private final Path lock;
    private final int mostKept;

    Outbox(Path folder) {
        this(folder, MOST_KEPT);
    }

    Outbox(Path folder, int mostKept) {
        this.mostKept = mostKept;
        this.lines = folder.resolve("outbox.jsonl");
        this.nextSeq = folder.resolve("next-seq");
        this.lock = folder.resolve("outbox.lock");
    }

    /** One queued event: its number and its JSON text. */
    record Queued(long seq, String json) {
    }

    /** Numbers the event, adds it at the end. @return its seq */
    long add(ObjectNode event) throws IOException {
        try (FileMutex.Held held = FileMutex.lock(lock)) {
            List<Queued> queued = read();
            long seq = Math.max(storedNextSeq(), queued.isEmpty() ? 1 : queued.get(queued.size() - 1).seq() + 1);
            AtomicFile.write(nextSeq, (seq + 1) + "\n");
            event.put("seq", seq);
            String line = JSON.writeValueAsString(event) + "\n";
            if (queued.size() >= mostKept) {
                rewrite(queued.subList(queued.size() - mostKept + 1, queued.size()), line);
            } else {
                append(line);
            }
            return seq;
        }
    }

    /**
     * The oldest events, as many as fit both limits (one at least, however large).
     *
     * @param most  the most events
     * @param bytes the most bytes of JSON, all events together
     */
    List<Queued> oldest(int most, int bytes) throws IOException {
        try (FileMutex.Held held = FileMutex.lock(lock)) {
            List<Queued> batch = new ArrayList<>();
            int size = 0;
            for (Queued queued : read()) {
                size += queued.json().getBytes(StandardCharsets.UTF_8).length + 1;
                if (batch.size() == most || !batch.isEmpty() && size > bytes) {
                    break;
                }
                batch.add(queued);
            }
            return batch;
        }
    }

    /** Forgets the events the server has. */
    void remove(Set<Long> sent) throws IOException {
        try (FileMutex.Held held = FileMutex.lock(lock)) {
            rewrite(read().stream().filter(queued -> !sent.contains(queued.seq())).toList(), "");
        }
    }

    int size() throws IOException {
        try (FileMutex.Held held = FileMutex.lock(lock)) {
            return read().size();
        }
    }

    /** Forgets every event and the numbering: a new class starts from seq 1. */
    void clear() throws IOException {
        try (FileMutex.Held held = FileMutex.lock(lock)) {
            Files.deleteIfExists(lines);
            Files.deleteIfExists(nextSeq);
        }
    }

    private List<Queued> read() throws IOException {
        if (!Files.exists(lines)) {
            return List.of();
        }
        List<Queued> queued = new ArrayList<>();
        for (String line : Files.readAllLines(lines, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(queued::add);
        }
        return queued;
    }

    /** A line cut short by a killed process is not JSON: it is left out. */
    private static Optional<Queued> parse(String line) {
        try {
            JsonNode event = JSON.readTree(line);
            return event != null && event.path("seq").canConvertToLong() && event.path("seq").asLong() > 0
                    ? Optional.of(new Queued(event.path("seq").asLong(), line))
                    : Optional.empty();
        } catch (JsonProcessingException notWhole) {
            return Optional.empty();
        }
    }

    private long storedNextSeq() throws IOException {
        if (!Files.exists(nextSeq)) {
            return 1;
        }
        String text = Files.readString(nextSeq, StandardCharsets.UTF_8).strip();
        return text.matches("\\d{1,18}") ? Long.parseLong(text) : 1;
    }

    /** Appends a line; after a torn last line it starts a new one, so the two never run together. */
    private void append(String line) throws IOException {
        Files.createDirectories(lines.toAbsolutePath().getParent());
        String text = endsTorn() ? "\n" + line : line;
        Files.writeString(lines, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private boolean endsTorn() throws IOException {
        if (!Files.exists(lines) || Files.size(lines) == 0) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lines.toFile(), "r")) {
            file.seek(file.length() - 1);
            return file.read() != '\n';
        }
    }

    private void rewrite(List<Queued> kept, String added) throws IOException {
        StringBuilder text = new StringBuilder();
        kept.forEach(queued -> text.append(queued.json()).append('\n'));
        AtomicFile.write(lines, text.append(added).toString());
    }
}
