package dev.dockerlab.classroom.server;

import dev.dockerlab.classroom.FailingCheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Draws a {@link ClassView} from a class's learners at one moment. */
final class ClassViews {

    private static final int OBSERVED_SHOWN = 3;

    private ClassViews() {
    }

    static ClassView of(String code, Set<ExerciseKey> exercises, Collection<LearnerState> learners, Instant now,
                        Duration stuckAfter) {
        List<ClassView.ExerciseColumn> columns = exercises.stream().map(key -> column(key, learners)).toList();
        List<ClassView.LearnerRow> rows = learners.stream().map(learner -> row(learner, now, stuckAfter)).toList();
        return new ClassView(code, now.toString(), stuckAfter.toSeconds(), columns, rows);
    }

    private static ClassView.ExerciseColumn column(ExerciseKey key, Collection<LearnerState> learners) {
        String title = null;
        int done = 0;
        int working = 0;
        for (LearnerState learner : learners) {
            ExerciseProgress progress = learner.exercises.get(key);
            if (progress == null) {
                continue;
            }
            title = title == null ? progress.title : title;
            if (progress.done) {
                done++;
            } else {
                working++;
            }
        }
        return new ClassView.ExerciseColumn(key.lesson(), key.exercise(), title, done, working,
                commonFailure(key, learners));
    }

    /** The line failed by the most learners whose latest attempt at the exercise fails, or null when none does. */
    private static ClassView.CommonFailure commonFailure(ExerciseKey key, Collection<LearnerState> learners) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> observed = new LinkedHashMap<>();
        int failingLearners = 0;
        for (LearnerState learner : learners) {
            ExerciseProgress progress = learner.exercises.get(key);
            if (progress == null || progress.done || progress.failing.isEmpty()) {
                continue;
            }
            failingLearners++;
            Set<String> linesOfThisLearner = new LinkedHashSet<>();
            for (FailingCheck check : progress.failing) {
                if (linesOfThisLearner.add(check.line())) {
                    counts.merge(check.line(), 1, Integer::sum);
                }
                if (check.observed() != null) {
                    observed.computeIfAbsent(check.line(), line -> new LinkedHashSet<>()).add(check.observed());
                }
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        Map.Entry<String, Integer> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        List<String> facts = observed.getOrDefault(most.getKey(), Set.of()).stream().limit(OBSERVED_SHOWN).toList();
        return new ClassView.CommonFailure(most.getKey(), most.getValue(), failingLearners, facts);
    }

    private static ClassView.LearnerRow row(LearnerState learner, Instant now, Duration stuckAfter) {
        List<ClassView.ExerciseCell> cells = new ArrayList<>();
        int done = 0;
        for (Map.Entry<ExerciseKey, ExerciseProgress> entry : learner.exercises.entrySet()) {
            ExerciseProgress progress = entry.getValue();
            done += progress.done ? 1 : 0;
            cells.add(new ClassView.ExerciseCell(entry.getKey().lesson(), entry.getKey().exercise(), progress.status(),
                    progress.passing, progress.total, progress.hints, progress.solutions,
                    progress.doneAt == null ? null : progress.doneAt.toString()));
        }
        return new ClassView.LearnerRow(learner.id, learner.name, learner.left, learner.joinedAt.toString(),
                learner.lastSeq, current(learner, now), learner.stuck(now, stuckAfter), learner.hints,
                learner.solutions, done, cells, learner.lastCommand);
    }

    private static ClassView.Current current(LearnerState learner, Instant now) {
        if (learner.current == null || learner.left) {
            return null;
        }
        ExerciseProgress progress = learner.exercises.get(learner.current);
        long seconds = Math.max(0, Duration.between(learner.currentSince, now).toSeconds());
        return new ClassView.Current(learner.current.lesson(), learner.current.exercise(), progress.title,
                learner.currentSince.toString(), seconds, progress.passing, progress.total);
    }

    static Comparator<ClassView.LearnerRow> byName() {
        return Comparator.comparing(ClassView.LearnerRow::name, String.CASE_INSENSITIVE_ORDER);
    }
}
