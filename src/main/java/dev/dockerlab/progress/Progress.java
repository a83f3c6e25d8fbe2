package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;
import java.util.TreeMap;

/** Everything the learner has done, by lesson id, and the lesson they were on. Saved whole after each change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Progress {

    public int version = 1;
    public String currentLesson;
    public Map<String, LessonProgress> lessons = new TreeMap<>();

    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, key -> new LessonProgress());
    }
}
