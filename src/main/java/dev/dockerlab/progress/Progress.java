package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the learner has done, by lesson id, and the lesson they were on.
 * Saved whole after each change; the fields are the JSON, bound directly.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class Progress {

    private int version = 1;
    private String currentLesson;
    private Map<String, LessonProgress> lessons = new TreeMap<>();

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
