package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces ${LAB}, ${IMAGE} and ${LESSON} in lesson text and finds the ${...} that name none of them. */
final class Substitution {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final List<String> KNOWN = List.of("LAB", "IMAGE", "LESSON");

    private Substitution() {
    }

    static String apply(Variables variables, String text) {
        String result = text;
        for (Map.Entry<String, String> variable : variables.asMap().entrySet()) {
            result = result.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return result;
    }

    /** The names inside ${...} in {@code text} that are not LAB, IMAGE or LESSON, each once. */
    static Set<String> unknownNames(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    static String unknownMessage(String name) {
        return "unknown variable ${" + name + "}; known are ${LAB}, ${IMAGE} and ${LESSON}";
    }
}
