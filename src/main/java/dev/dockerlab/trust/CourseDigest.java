package dev.dockerlab.trust;

import dev.dockerlab.lesson.LessonFileName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a course is, for trust: SHA-256 over its lesson files, sorted by name,
 * each as its name, its length and its bytes (so no two courses can run
 * together into one stream). Any edit to a lesson file, a new one or a removed
 * one gives another digest, and so asks again.
 */
public final class CourseDigest {

    private CourseDigest() {
    }

    public static String of(Path folder) {
        MessageDigest sha256 = sha256();
        for (Path file : lessonFiles(folder)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                sha256.update((file.getFileName() + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The lesson files (NN-slug.md) of the folder, sorted by name. */
    public static List<Path> lessonFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(LessonFileName::isLessonFile).filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
