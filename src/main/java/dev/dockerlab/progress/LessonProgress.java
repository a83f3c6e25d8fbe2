package dev.dockerlab.progress;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One learner's progress through one lesson: where they are, what they solved
 * (when, and with which lines), what they typed for each exercise (typed checks
 * read it), hints used, the exercises whose setup already ran, active time
 * spent (see {@link ActiveTime}), the declared objects that existed before
 * they started (those are never dockerlab's to remove), and the run's
 * ${TOKEN} with what existed when each exercise started (see {@link StartState}). An exercise once done
 * stays done: a later command that undoes its work does not take it back.
 * The fields are the JSON of progress.json, bound directly; they change only
 * through the methods below.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class LessonProgress {

    private int step = 1;
    private Set<Integer> completed = new TreeSet<>();
    private Map<Integer, Solved> solved = new TreeMap<>();
    private Set<Integer> setupDone = new TreeSet<>();
    private Map<Integer, List<String>> typed = new TreeMap<>();
    private Map<Integer, Integer> hintsUsed = new TreeMap<>();
    private Map<Integer, Integer> plainHintsShown = new TreeMap<>();
    private long secondsSpent;
    private Set<String> foreignAtStart = new TreeSet<>();
    private boolean started;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String begun;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String movedAt;

    /** Progress of a lesson the learner begins now. */
    static LessonProgress begunAt(Instant now) {
        LessonProgress progress = new LessonProgress();
        progress.begun = now.toString();
        return progress;
    }
    /** Written once a run has them, so a file from before they existed reads and writes back the same. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String token;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private Map<Integer, StartState> starts = new TreeMap<>();

    /** When an exercise was first done (ISO-8601), and the lines typed for it up to then. */
    public record Solved(String at, List<String> commands) {

        public Solved {
            commands = commands == null ? List.of() : List.copyOf(commands);
        }
    }

    /** The step the learner is on, from 1; it may be past the end of a lesson that has since lost steps. */
    public int step() {
        return step;
    }

    /** Moves to the step, noting when: of two dockerlabs saving one lesson, the later move is the position kept. */
    public void moveTo(int step) {
        if (step != this.step) {
            this.step = step;
            movedAt = Instant.now().toString();
        }
    }

    /** The exercises done, in order. */
    public Set<Integer> completed() {
        return Collections.unmodifiableSet(completed);
    }

    /** How many of exercises 1 to {@code exercises} are done: one the lesson no longer has does not count. */
    public int completedOf(int exercises) {
        return (int) completed.stream().filter(exercise -> exercise >= 1 && exercise <= exercises).count();
    }

    /** What makes this progress impossible for any lesson (an exercise or step below 1), if anything. */
    Optional<String> impossibility() {
        if (Stream.of(completed, solved, setupDone, typed, hintsUsed, plainHintsShown, foreignAtStart, starts).anyMatch(Objects::isNull)) {
            return Optional.of("an empty entry where a list belongs");
        }
        Optional<Integer> exercise = Stream.of(completed, solved.keySet(), setupDone, typed.keySet(), hintsUsed.keySet(),
                        plainHintsShown.keySet(), starts.keySet())
                .flatMap(Collection::stream).filter(number -> number == null || number < 1).findFirst();
        if (exercise.isPresent()) {
            return Optional.of("exercise " + exercise.get() + ", but exercises count from 1");
        }
        if (step < 1) {
            return Optional.of("step " + step + ", but steps count from 1");
        }
        if (secondsSpent < 0) {
            return Optional.of("a negative time spent");
        }
        return Stream.concat(Stream.of(begun, movedAt), solved.values().stream().map(Solved::at))
                .filter(at -> at != null && Times.parse(at).isEmpty()).findFirst().map(at -> "a time \"" + at + "\" that is not one");
    }

    /**
     * Keeps only what was done at or after a reset of the lesson at
     * {@code reset}: exercises solved since, and the step if moved to since;
     * all of it when the progress began after the reset. Another dockerlab may
     * have held this lesson open while the learner reset it: what it did
     * before the reset goes, as the learner asked.
     *
     * @return whether anything is left
     */
    boolean keepSince(Instant reset) {
        if (!Times.orEpoch(begun).isBefore(reset)) {
            return true;
        }
        // Solve times are whole seconds: one stamped in the reset's own second was, but for a
        // race within that second between two dockerlabs, solved before the learner reset.
        solved.values().removeIf(done -> !Times.orEpoch(done.at()).isAfter(reset));
        completed.retainAll(solved.keySet());
        if (Times.orEpoch(movedAt).isBefore(reset)) {
            step = 1;
            movedAt = null;
        }
        setupDone.clear();
        starts.clear();
        token = null;
        typed.clear();
        hintsUsed.clear();
        plainHintsShown.clear();
        secondsSpent = 0;
        foreignAtStart.clear();
        started = false;
        begun = reset.toString();
        return !completed.isEmpty() || movedAt != null;
    }

    /**
     * Takes in what another dockerlab saved for this lesson meanwhile: every
     * exercise done on either side stays done (first solved time kept), the
     * later move decides the step, counts take the larger of the two.
     */
    void takeIn(LessonProgress saved) {
        if (Times.orEpoch(saved.movedAt).isAfter(Times.orEpoch(movedAt))) {
            step = saved.step;
            movedAt = saved.movedAt;
        }
        saved.solved.forEach((exercise, done) -> solved.merge(exercise, done,
                (mine, theirs) -> Times.orEpoch(theirs.at()).isBefore(Times.orEpoch(mine.at())) ? theirs : mine));
        completed.addAll(saved.completed);
        setupDone.addAll(saved.setupDone);
        saved.typed.forEach((exercise, lines) -> typed.merge(exercise, lines,
                (mine, theirs) -> theirs.size() > mine.size() ? theirs : mine));
        saved.hintsUsed.forEach((exercise, count) -> hintsUsed.merge(exercise, count, Math::max));
        saved.plainHintsShown.forEach((exercise, count) -> plainHintsShown.merge(exercise, count, Math::max));
        secondsSpent = Math.max(secondsSpent, saved.secondsSpent);
        foreignAtStart.addAll(saved.foreignAtStart);
        started |= saved.started;
        if (Times.orEpoch(saved.begun).isBefore(Times.orEpoch(begun))) {
            begun = saved.begun;
        }
        // one run of the lesson has one token and one start per exercise: the first recorded stays
        if (token == null || token.isEmpty()) {
            token = saved.token;
        }
        saved.starts.forEach(starts::putIfAbsent);
    }

    public boolean setupDone(int exercise) {
        return setupDone.contains(exercise);
    }

    /** The exercise's setup ran through: it does not run again when the learner comes back. */
    public void setupRan(int exercise) {
        setupDone.add(exercise);
    }

    /** Active time spent in the lesson, in whole seconds. */
    public long secondsSpent() {
        return secondsSpent;
    }

    public void spend(long seconds) {
        secondsSpent += seconds;
    }

    public boolean started() {
        return started;
    }

    /** The learner starts the lesson: the declared objects there now (by identity) are theirs, never dockerlab's. */
    public void start(Collection<String> foreignNow) {
        foreignAtStart.addAll(foreignNow);
        started = true;
    }

    public Set<String> foreignAtStart() {
        return Collections.unmodifiableSet(foreignAtStart);
    }

    /** This run's ${TOKEN}: made the first time it is asked for, kept until the lesson is reset. */
    public String token() {
        if (token == null || token.isEmpty()) {
            token = Variables.freshToken();
        }
        return token;
    }

    /** What existed when the exercise started, if that was recorded. */
    public Optional<StartState> start(int exercise) {
        return Optional.ofNullable(starts.get(exercise));
    }

    /** The start of an exercise is recorded once: coming back to it later does not move it. */
    public void recordStart(int exercise, StartState start) {
        starts.putIfAbsent(exercise, start);
    }

    public boolean isCompleted(int exercise) {
        return completed.contains(exercise);
    }

    /** Marks the exercise done, once: the first time is the one recorded. */
    public void complete(int exercise, Instant at) {
        if (completed.add(exercise)) {
            solved.put(exercise, new Solved(at.toString(), typed(exercise)));
        }
    }

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
