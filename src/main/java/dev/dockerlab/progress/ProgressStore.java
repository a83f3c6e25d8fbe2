package dev.dockerlab.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner's progress file, {@code progress.json} in the state folder.
 * Written whole through a temp file and a rename, so a killed REPL leaves the
 * last complete state; two REPLs at once merge what they save under a lock, so
 * neither loses what the other did; a file that cannot be read is set aside (renamed, never
 * deleted) and the learner starts afresh with a warning, not a crash.
 */
public final class ProgressStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ProgressStore(Path stateDir) {
        this.file = stateDir.resolve("progress.json");
    }

    public Path file() {
        return file;
    }

    /** The progress, and a warning sentence when a corrupt file had to be set aside. */
    public record Loaded(Progress progress, Optional<String> warning) {
    }

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(new Progress(), Optional.empty());
        }
        Progress progress;
        try {
            progress = JSON.readValue(file.toFile(), Progress.class);
        } catch (IOException corrupt) {
            return setAside(firstLine(corrupt));
        }
        if (progress == null) {
            return new Loaded(new Progress(), Optional.empty());
        }
        Optional<String> impossible = progress.impossibility();
        return impossible.isPresent() ? setAside("it holds " + impossible.get()) : new Loaded(progress, Optional.empty());
    }

    /** Moves the unreadable file aside (never deletes it) and starts afresh, saying why in one sentence. */
    private Loaded setAside(String why) {
        Path aside = file.resolveSibling("progress.json.corrupt-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
        } catch (IOException cannotMove) {
            return new Loaded(new Progress(), Optional.of("Your progress file " + file + " cannot be read ("
                    + why + ") nor moved aside; starting afresh, and it will be overwritten."));
        }
        return new Loaded(new Progress(), Optional.of("Your progress file could not be read (" + why
                + "); it is kept as " + aside + " and you start afresh."));
    }

    /**
     * Saves the progress merged with what another dockerlab (a second REPL)
     * saved since: under a lock beside the file, the file is read again, what
     * it holds is taken in (see {@link Progress#takeIn}), and the merge is
     * written whole. The progress given is left as it is: this session goes on
     * from where it is.
     *
     * @return why it could not be saved, in words ("no space left on device"); empty when saved
     */
    public Optional<String> save(Progress progress) {
        try (FileMutex.Held held = FileMutex.lock(file.resolveSibling("progress.json.lock"))) {
            Progress merged = JSON.readValue(toJson(progress), Progress.class);
            if (Files.isRegularFile(file)) {
                merged.takeIn(load().progress());
            }
            AtomicFile.write(file, toJson(merged));
            return Optional.empty();
        } catch (IOException cannotWrite) {
            return Optional.of(reason(cannotWrite));
        }
    }

    /** The operating system's reason, as the end of a sentence: "no space left on device". */
    private static String reason(IOException failure) {
        String reason = failure instanceof AccessDeniedException ? "permission denied"
                : failure instanceof FileSystemException onFile && onFile.getReason() != null ? onFile.getReason()
                : firstLine(failure);
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    public static String toJson(Progress progress) {
        try {
            return JSON.writeValueAsString(progress);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String firstLine(IOException failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
