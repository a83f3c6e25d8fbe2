package dev.dockerlab.model;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of ${LAB}, ${IMAGE} and ${LESSON} for one lesson, and ${TOKEN}
 * for one run of it. The token is empty until a run makes one: lessons are
 * read without it, so a check line keeps ${TOKEN} as written and the
 * evaluation of that run puts the value in (see {@link Assertion#withText}).
 */
public record Variables(String lab, String image, String lesson, String token) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Variables(String lab, String image, String lesson) {
        this(lab, image, lesson, "");
    }

    /** LAB, IMAGE and LESSON, and TOKEN once a run has one: what scripts get in their environment. */
    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LAB", lab);
        values.put("IMAGE", image);
        values.put("LESSON", lesson);
        if (!token.isEmpty()) {
            values.put("TOKEN", token);
        }
        return values;
    }

    public Variables forLesson(String lessonId) {
        return new Variables(lab, image, lessonId, token);
    }

    /** The same values for a run whose ${TOKEN} is {@code runToken}. */
    public Variables withToken(String runToken) {
        return new Variables(lab, image, lesson, runToken);
    }

    /** A new run's token: 16 hex digits nobody can guess from the lesson. */
    public static String freshToken() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code text} with ${TOKEN} replaced, when this run has a token. */
    public String fillToken(String text) {
        return token.isEmpty() ? text : text.replace("${TOKEN}", token);
    }
}
