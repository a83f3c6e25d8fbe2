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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * Parses lesson text as if it were the content of {@code file}, whose name
     * gives the lesson id. A control character (an escape byte, a bell, a
     * backspace) is replaced here by its visible control picture, with a
     * warning at its line: this is the one place every front end's lesson
     * text passes through, so none can reach a terminal, a report or a page
     * and act on it there.
     */
    public LoadedLesson parse(Path file, String source) {
        String text = !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? source.substring(1) : source;
        List<Problem> warnings = controlCharacters(file, text);
        LoadedLesson parsed = LessonParser.parse(file, warnings.isEmpty() ? text : writtenOut(text), variables);
        if (warnings.isEmpty()) {
            return parsed;
        }
        List<Problem> all = new ArrayList<>(warnings);
        all.addAll(parsed.warnings());
        return new LoadedLesson(file, parsed.lesson(), parsed.problems(), all);
    }

    private static String writtenOut(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (isControl((char) c)) {
                out.append(picture((char) c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /**
     * The character's Unicode control picture (U+241B for an escape), or U+FFFD
     * for the C1 controls, which have none: visible, inert, and needing no
     * backslash, which would mean something else in a quoted check string.
     */
    private static char picture(char c) {
        return c < 0x20 ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : '\uFFFD';
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /** One warning per line that holds a control character other than a tab or a line ending. */
    private static List<Problem> controlCharacters(Path file, String text) {
        List<Problem> warnings = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int at = 0; at < line.length(); at++) {
                char c = line.charAt(at);
                if (isControl(c)) {
                    warnings.add(new Problem(file, i + 1, String.format(Locale.ROOT, "control character \\x%02x at"
                            + " column %d is shown as %c; write it out yourself (printf '\\033' in a command) to say"
                            + " what you mean", (int) c, at + 1, picture(c))));
                    break;
                }
            }
        }
        return warnings;
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
