package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A class's append-only log, one JSON line per entry, forced to disk before
 * the learner hears "accepted": a restart replays it and loses nothing. A
 * last line cut short by a crash is cut off when the log is opened.
 */
final class EventLog implements AutoCloseable {

    private final Path file;
    private final ObjectMapper json;
    private final FileChannel channel;

    EventLog(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            endTornLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the class log " + file, e);
        }
    }

    /**
     * Cuts off a last line that a crash left unfinished: its sender never got
     * an answer and sends it again, and the next entry must start a line.
     */
    private void endTornLine() throws IOException {
        long end = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        long keep = end;
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            while (keep > 0) {
                one.clear();
                reader.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
        }
        if (keep < end) {
            channel.truncate(keep);
        }
    }

    List<LogEntry> replay() {
        List<LogEntry> entries = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(json.readValue(line, LogEntry.class));
                } catch (JsonProcessingException damaged) {
                    throw new UncheckedIOException("the class log " + file + " is damaged at line " + (i + 1), damaged);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class log " + file, e);
        }
        return entries;
    }

    void append(LogEntry entry) {
        try {
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the class log " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing after the last forced write loses nothing
        }
    }
}
