package dev.dockerlab.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.progress.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The courses the user trusted, by content digest, in {@code trusted.json} of
 * the state folder. The folder is kept beside each digest to say what it was
 * and to revoke by folder; trust itself goes with the content.
 */
public final class TrustStore {

    public static final String FILE = "trusted.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One trusted course: its digest, and the folder it was in when trusted. */
    public record Entry(String sha256, String folder) {
    }

    private record Contents(int version, List<Entry> trusted) {
    }

    private final Path file;

    public TrustStore(Path stateDir) {
        this.file = stateDir.resolve(FILE);
    }

    public boolean trusts(String digest) {
        return entries().stream().anyMatch(entry -> entry.sha256().equals(digest));
    }

    public void allow(Path course, String digest) {
        Path folder = CourseTrust.real(course);
        List<Entry> entries = new ArrayList<>(entries());
        entries.removeIf(entry -> entry.folder().equals(folder.toString()));
        entries.add(new Entry(digest, folder.toString()));
        save(entries);
    }

    /** Forgets every digest trusted for the folder and the folder's digest now; true when there was one. */
    public boolean revoke(Path course, String digest) {
        Path folder = CourseTrust.real(course);
        List<Entry> entries = new ArrayList<>(entries());
        boolean removed = entries.removeIf(entry -> entry.folder().equals(folder.toString()) || entry.sha256().equals(digest));
        if (removed) {
            save(entries);
        }
        return removed;
    }

    public List<Entry> entries() {
        try {
            Contents contents = JSON.readValue(Files.readString(file), Contents.class);
            return contents.trusted() == null ? List.of() : List.copyOf(contents.trusted());
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (JsonProcessingException damaged) {
            // trusting nothing is the safe reading of a file that cannot be read
            return List.of();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private void save(List<Entry> entries) {
        try {
            AtomicFile.write(file, JSON.writeValueAsString(new Contents(1, entries)));
        } catch (IOException cannotWrite) {
            throw new BadInput("cannot write " + file + ": " + cannotWrite.getMessage() + ".", cannotWrite);
        }
    }
}
