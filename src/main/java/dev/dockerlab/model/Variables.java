package dev.dockerlab.model;

import java.util.Map;

/** The values of ${LAB}, ${IMAGE} and ${LESSON} for one lesson. */
public record Variables(String lab, String image, String lesson) {

    public Map<String, String> asMap() {
        return Map.of("LAB", lab, "IMAGE", image, "LESSON", lesson);
    }

    public Variables forLesson(String lessonId) {
        return new Variables(lab, image, lessonId);
    }
}
