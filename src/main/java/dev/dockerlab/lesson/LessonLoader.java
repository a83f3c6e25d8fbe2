package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads lesson files (LESSON-FORMAT.md) into {@link Lesson}s. Loading never
 * throws for what a file holds: every problem, an unreadable file included,
 * comes back as a {@link Problem} beside the lesson.
 */
public final class LessonLoader {

    /** Far above any real lesson (the largest shipped one is under 20 KiB); a larger file is not read at all. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Variables variables;

    /** {@code variables} give ${LAB} and ${IMAGE}; ${LESSON} is each lesson's own id. */
    public LessonLoader(Variables variables) {
        this.variables = variables;
    }

    public LoadedLesson load(Path file) {
        String source;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return tooLarge(file);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // bounded again: the file may have grown since its size was read
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return tooLarge(file);
            }
            source = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            return new LoadedLesson(file, null, List.of(new Problem(file, 1, "cannot read the lesson: " + reason(e))));
        }
        return parse(file, source);
    }

    /** Parses lesson text as if it were the content of {@code file}, whose name gives the lesson id. */
    public LoadedLesson parse(Path file, String source) {
        String text = !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? source.substring(1) : source;
        return LessonParser.parse(file, text, variables);
    }

    private static LoadedLesson tooLarge(Path file) {
        return new LoadedLesson(file, null, List.of(new Problem(file, 1, "the file is larger than a lesson may be ("
                + MAX_BYTES / 1024 + " KiB); it was not read")));
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return String.valueOf(e.getMessage());
    }
}
