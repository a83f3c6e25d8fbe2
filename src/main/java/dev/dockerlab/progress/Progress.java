package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything the learner has done, by lesson id, the lesson they were on, and
 * when they last reset each lesson. Saved whole after each change, merged with
 * what another dockerlab saved meanwhile; the fields are the JSON, bound directly.
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
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private Map<String, String> resets = new TreeMap<>();

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
        if (lessons == null || resets == null) {
            return Optional.of(lessons == null ? "no lessons" : "an empty entry where the resets belong");
        }
        Optional<String> badReset = resets.values().stream().filter(at -> Times.parse(String.valueOf(at)).isEmpty()).findFirst();
        if (badReset.isPresent()) {
            return Optional.of("a reset time \"" + badReset.get() + "\" that is not one");
        }
        return lessons.entrySet().stream()
                .flatMap(lesson -> lesson.getValue() == null ? Stream.of("an empty entry for lesson " + lesson.getKey())
                        : lesson.getValue().impossibility().map(what -> what + " in lesson " + lesson.getKey()).stream())
                .findFirst();
    }

    /** The lesson's progress, begun empty when there is none yet. */
    public LessonProgress lesson(String id) {
        return lessons.computeIfAbsent(id, key -> LessonProgress.begunAt(Instant.now()));
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

    /**
     * Forgets all the learner did in the lesson, as if they had never been in
     * it, and notes when: so that merging with what another dockerlab saved
     * tells this reset from a lesson never begun.
     */
    public void forget(String lessonId) {
        lessons.remove(lessonId);
        resets.put(lessonId, Instant.now().toString());
    }

    /**
     * Takes in what another dockerlab saved meanwhile: the later reset of each
     * lesson wins, and what either side did in a lesson since its reset is kept
     * (see {@link LessonProgress#takeIn}). The lesson the learner is on stays
     * this one's.
     */
    void takeIn(Progress saved) {
        saved.resets.forEach((id, at) -> resets.merge(id, at,
                (mine, theirs) -> Times.orEpoch(theirs).isAfter(Times.orEpoch(mine)) ? theirs : mine));
        Set<String> ids = new TreeSet<>(lessons.keySet());
        ids.addAll(saved.lessons.keySet());
        for (String id : ids) {
            Instant reset = Times.orEpoch(resets.get(id));
            LessonProgress mine = lessons.get(id);
            LessonProgress theirs = saved.lessons.get(id);
            if (mine != null && !mine.keepSince(reset)) {
                lessons.remove(id);
                mine = null;
            }
            if (theirs == null || !theirs.keepSince(reset)) {
                continue;
            }
            if (mine == null) {
                lessons.put(id, theirs);
            } else {
                mine.takeIn(theirs);
            }
        }
        if (currentLesson == null) {
            currentLesson = saved.currentLesson;
        }
    }
}
