package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One learner's progress through one lesson: where they are, what they solved,
 * what they typed for each exercise (typed checks read it), hints used, the
 * exercises whose setup already ran, time spent, and the declared objects that
 * existed before they started (those are never dockerlab's to remove).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class LessonProgress {

    public int step = 1;
    public Set<Integer> completed = new TreeSet<>();
    public Set<Integer> setupDone = new TreeSet<>();
    public Map<Integer, List<String>> typed = new TreeMap<>();
    public Map<Integer, Integer> hintsUsed = new TreeMap<>();
    public Map<Integer, Integer> plainHintsShown = new TreeMap<>();
    public long secondsSpent;
    public Set<String> foreignAtStart = new TreeSet<>();
    public boolean started;

    public List<String> typed(int exercise) {
        return typed.getOrDefault(exercise, List.of());
    }

    public void addTyped(int exercise, String line) {
        typed.computeIfAbsent(exercise, key -> new ArrayList<>()).add(line);
    }

    public void useHint(int exercise) {
        hintsUsed.merge(exercise, 1, Integer::sum);
    }

    /** The index of the next plain hint to show for the exercise, counting it as shown. */
    public int nextPlainHint(int exercise) {
        return plainHintsShown.merge(exercise, 1, Integer::sum) - 1;
    }

    public int totalHints() {
        return hintsUsed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
