package dev.dockerlab.repl;

import dev.dockerlab.check.Evaluation;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.progress.LessonProgress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the learner, once, when their own command undid what an earlier
 * exercise of the lesson built. The exercise stays done; the note is news,
 * not a verdict. The rule:
 * <ul>
 * <li>Watched: the exercises before the current one that are done, and of
 *     their checks only those about an object (see {@link CheckSubject}) that
 *     the current exercise's checks are not about. The current checklist
 *     speaks for its own objects, and changing them may be the point
 *     (copy-on-write's last exercise removes cow-web). What was typed stays
 *     typed, so typed checks are not watched.</li>
 * <li>The state when a step is shown, after its setup ran, is the baseline:
 *     a setup that undoes an earlier exercise (backup-and-restore deletes the
 *     page it backed up) is the lesson's doing and says nothing.</li>
 * <li>A note is said when a watched exercise goes from holding to not holding
 *     across a learner's command (a typed line, /run, /solution run). It is
 *     not said again until the exercise has held again. A check that could
 *     not look neither breaks nor mends anything.</li>
 * <li>All breaks of one command share one line, cut to the screen width.</li>
 * </ul>
 */
final class BreakWatch {

    /** Watched exercise number to whether it held at the last look; absent: not looked at since the baseline. */
    private final Map<Integer, Boolean> held = new HashMap<>();
    private String watching = "";

    /** Takes the state now as what the learner starts this step from. */
    void baseline(Evaluation evaluation, Lesson lesson, Exercise current, LessonProgress progress) {
        held.clear();
        watching = key(lesson, current);
        for (Exercise earlier : watched(lesson, current, progress)) {
            Look look = look(evaluation, earlier, current);
            if (look.status() != Verdict.Status.UNKNOWN) {
                held.put(earlier.number(), look.status() == Verdict.Status.PASSED);
            }
        }
    }

    /** After a learner's command: the note to say, when a watched exercise has just stopped holding. */
    Optional<String> afterCommand(Evaluation evaluation, Lesson lesson, Exercise current, LessonProgress progress, int width) {
        if (!watching.equals(key(lesson, current))) {
            baseline(evaluation, lesson, current, progress);
            return Optional.empty();
        }
        List<Integer> broken = new ArrayList<>();
        String firstFailure = "";
        for (Exercise earlier : watched(lesson, current, progress)) {
            Look look = look(evaluation, earlier, current);
            if (look.status() == Verdict.Status.UNKNOWN) {
                continue;
            }
            boolean holds = look.status() == Verdict.Status.PASSED;
            Boolean before = held.put(earlier.number(), holds);
            if (!holds && Boolean.TRUE.equals(before)) {
                firstFailure = broken.isEmpty() ? look.failure() : firstFailure;
                broken.add(earlier.number());
            }
        }
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        String which = broken.size() == 1 ? "exercise " + broken.get(0) + " no longer holds"
                : "exercises " + broken.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " no longer hold";
        return Optional.of(oneLine("Note: " + which + ": " + firstFailure, width));
    }

    /** The text on one line of the screen: cut at a word boundary, with "..." (any terminal shows it), when it is too long. */
    static String oneLine(String text, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int room = Math.max(20, width - 1);
        if (flat.length() <= room) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', room - 3);
        return (space > room / 2 ? flat.substring(0, space) : flat.substring(0, room - 3)) + "...";
    }

    /** What a watched exercise's checks say now: the first that fails, else whether any could not look. */
    private static Look look(Evaluation evaluation, Exercise earlier, Exercise current) {
        Set<String> currentSubjects = current.checks().stream().map(CheckLine::assertion).map(CheckSubject::of)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        List<CheckLine> checks = earlier.checks().stream()
                .filter(check -> CheckSubject.of(check.assertion()).filter(subject -> !currentSubjects.contains(subject)).isPresent())
                .toList();
        List<Verdict> verdicts = evaluation.evaluateAll(checks.stream().map(CheckLine::assertion).toList());
        boolean unknown = false;
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            if (verdict.status() == Verdict.Status.FAILED) {
                return new Look(Verdict.Status.FAILED, checks.get(i).sentence() + " (" + verdict.observed() + ")");
            }
            unknown |= verdict.status() == Verdict.Status.UNKNOWN;
        }
        return new Look(unknown ? Verdict.Status.UNKNOWN : Verdict.Status.PASSED, "");
    }

    private record Look(Verdict.Status status, String failure) {
    }

    private static String key(Lesson lesson, Exercise current) {
        return lesson.id() + ":" + current.number();
    }

    private static List<Exercise> watched(Lesson lesson, Exercise current, LessonProgress progress) {
        return lesson.exercises().stream()
                .filter(earlier -> earlier.number() < current.number() && progress.isCompleted(earlier.number()))
                .toList();
    }
}
