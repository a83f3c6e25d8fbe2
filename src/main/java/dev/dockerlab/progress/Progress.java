package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything the learner has done, by lesson id, and the lesson they were on.
 * Saved whole after each change; the fields are the JSON, bound directly.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class Progress {

    /** The version of progress.json this dockerlab writes and reads. */
    public static final int VERSION = 1;

    private int version = VERSION;
    private String currentLesson;
    private Map<String, LessonProgress> lessons = new TreeMap<>();

    /**
     * Why this progress cannot be read as it stands, in words that finish
     * "the file holds ...": a newer format, or an impossible number.
     */
    Optional<String> impossibility() {
        if (version > VERSION) {
            return Optional.of("format version " + version + " of a newer dockerlab (this one reads version " + VERSION + ")");
        }
        if (version < 1) {
            return Optional.of("format version " + version + ", which no dockerlab wrote");
        }
        if (lessons == null) {
            return Optional.of("no lessons");
        }
        return lessons.entrySet().stream()
                .flatMap(lesson -> lesson.getValue() == null ? Stream.of("an empty entry for lesson " + lesson.getKey())
                        : lesson.getValue().impossibility().map(what -> what + " in lesson " + lesson.getKey()).stream())
                .findFirst();
    }

    /** The lesson's progress, begun empty when there is none yet. */
    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, key -> new LessonProgress());
    }

    /** The lesson's progress, when the learner has been in it. */
    public Optional<LessonProgress> existing(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** The lesson the learner was on last. */
    public Optional<String> currentLesson() {
        return Optional.ofNullable(currentLesson);
    }

    /** The learner is now in this lesson. */
    public void moveTo(String lessonId) {
        currentLesson = lessonId;
    }

    /** Forgets all the learner did in the lesson, as if they had never been in it. */
    public void forget(String lessonId) {
        lessons.remove(lessonId);
    }
}
