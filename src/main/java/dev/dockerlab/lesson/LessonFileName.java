package dev.dockerlab.lesson;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code NN-slug.md} name of a lesson file: NN orders the lessons, the slug is the lesson id. */
public record LessonFileName(int number, String slug) {

    private static final Pattern PATTERN = Pattern.compile("(\\d{1,9})-([a-z0-9][a-z0-9-]*)\\.md");

    public static Optional<LessonFileName> parse(Path file) {
        Path name = file.getFileName();
        Matcher matcher = PATTERN.matcher(name == null ? "" : name.toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LessonFileName(Integer.parseInt(matcher.group(1)), matcher.group(2)));
    }

    public static boolean isLessonFile(Path file) {
        return parse(file).isPresent();
    }
}
