package dev.dockerlab.present;

import dev.dockerlab.Lab;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.lesson.Example;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.Variables;
import dev.dockerlab.render.MarkdownRenderer;
import dev.dockerlab.render.RenderOptions;
import dev.dockerlab.shell.LearnerShell;
import dev.dockerlab.shell.ShellResult;
import org.jline.utils.AttributedString;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Shows one lesson, step by step: a banner, the step's text, then each example
 * and solution command typed out and run when the presenter says so (lines
 * that only tidy up, showing nothing, run untyped), with the
 * exercise's checklist judged again after every command. A step shown again
 * after b is shown as it ended, its commands not run again. Before, the
 * lesson's objects are cleared; after, also on quit, they are cleaned up.
 */
final class Presenter {

    private static final int MAX_TEXT_WIDTH = 100;
    private static final int INTRODUCTION = -1;

    private final Lesson lesson;
    private final Lab lab;
    private final Stage stage;
    private final Keys keys;
    private final PresentOptions options;
    private final Typist typist;
    private final LearnerShell shell;
    private final Housekeeping housekeeping;
    private final ExerciseChecklist checklist;
    private final Map<Integer, Outcome> outcomes = new TreeMap<>();
    /** The steps shown to their end, by index, as they ended. */
    private final Map<Integer, Ending> endings = new HashMap<>();
    private int index = INTRODUCTION;

    Presenter(Lesson lesson, Variables variables, Lab lab, Stage stage, Keys keys, PresentOptions options) {
        this.lesson = lesson;
        this.lab = lab;
        this.stage = stage;
        this.keys = keys;
        this.options = options;
        this.typist = new Typist(stage, options.typingDelay());
        // the commands present types are the lesson's solutions: they reach Docker through the lesson's guard
        Map<String, String> exported = new HashMap<>(lab.lessonEnvironment(lesson));
        exported.putAll(variables.asMap());
        this.shell = new LearnerShell(Path.of(variables.lab()), lab.environment(), exported, StandardCharsets.UTF_8);
        // one showing is one run of the lesson: setup may plant its ${TOKEN}, the checks demand it
        Variables run = variables.withToken(Variables.freshToken());
        this.housekeeping = new Housekeeping(lab, lesson, run, options.force());
        this.checklist = new ExerciseChecklist(lab, run);
    }

    /** @return true when the lesson was shown, every exercise shown ended with all its checks passing, and nothing is left */
    boolean present() {
        if (!applicable() || !housekeeping.clear(stage)) {
            return false;
        }
        boolean clean = false;
        try {
            play();
        } finally {
            stage.release();
            clean = housekeeping.finish(stage);
        }
        return summary() && clean;
    }

    private boolean applicable() {
        String required = lesson.requires().storageDriver();
        StorageDriver storage = lab.storage();
        if (required == null || required.equals(storage.requirementName())) {
            return true;
        }
        stage.problem("Lesson " + lesson.id() + " needs the " + required + " storage driver, and this daemon uses "
                + storage.describe() + ": it cannot be shown here.");
        return false;
    }

    private void play() {
        stage.newPage();
        stage.lines(Banner.lesson(lesson, stage.width(), stage.theme()));
        stage.endLine();
        stage.lines(renderer().render(lesson.introduction()).lines());
        if (stage.onTerminal() && !options.auto()) {
            stage.endLine();
            stage.note("Keys: space or enter runs the next command, then goes on to the next step · b back one step · q quit");
        }
        Key key = upNext();
        List<Step> steps = lesson.steps();
        while (key != Key.QUIT) {
            index = key == Key.BACK ? Math.max(0, index - 1) : index + 1;
            if (index == steps.size()) {
                stage.release();
                stage.endLine();
                stage.lines(Banner.end(lesson, stage.width(), stage.theme()));
                return;
            }
            key = step(steps.get(index));
        }
        stage.release();
        stage.endLine();
        stage.note("Quitting.");
    }

    /**
     * Shows a step: the first time, its commands typed and run; again (after
     * b), as it ended, with its last checklist, and its commands not run
     * again: they changed the daemon already, and the later steps build on it.
     */
    private Key step(Step step) {
        Exercise exercise = step.exercise();
        MarkdownRenderer renderer = renderer();
        Ending ended = endings.get(index);
        // before the first judgement, which the page shows on a terminal
        Optional<ShellResult> failedSetup = ended == null && exercise != null ? housekeeping.setup(exercise) : Optional.empty();
        if (ended == null && exercise != null) {
            checklist.recordStart(exercise);
        }
        Page page = page(step, renderer, ended);
        if (ended != null) {
            stage.note("Step " + step.number() + " as it ended: its commands ran already and are not run again.");
            return upNext();
        }
        failedSetup.ifPresent(failed -> housekeeping.reportSetup(failed, stage));
        List<String> typed = new ArrayList<>();
        for (String command : commands(step)) {
            if (ShellCommands.isHousekeeping(command)) {
                shell.run(command, false, new PrintWriter(Writer.nullWriter()));
                continue;
            }
            stage.endLine();
            typist.type(command);
            Key key = await(Keys.Moment.COMMAND);
            stage.endLine();
            if (key != Key.NEXT) {
                return key;
            }
            int status = keys.onNormalTerminal(() -> shell.run(command, stage.onTerminal(), stage.out()));
            if (status != 0) {
                stage.note("(exit status " + status + ")");
            }
            housekeeping.recordAppeared();
            typed.add(command);
            if (exercise != null) {
                ExerciseChecklist.Judged judged = checklist.judge(exercise, typed, stage, renderer);
                page.show(judged);
                outcomes.put(exercise.number(), judged.outcome());
            }
        }
        page.endOfStep();
        endings.put(index, new Ending(page.last()));
        return upNext();
    }

    /**
     * The step's page: pinned when the terminal has room, its checklist at
     * the foot judged before any command (or as the step ended); else flowing,
     * with the text's own check block and no checklist until a command runs
     * (shown again, with the checklist it ended with instead).
     */
    private Page page(Step step, MarkdownRenderer renderer, Ending ended) {
        List<AttributedString> banner = Banner.step(lesson, step, stage.width(), stage.theme());
        ExerciseChecklist.Judged first = null;
        if (step.isExercise() && ended != null) {
            first = ended.checklist();
        } else if (step.isExercise() && stage.onTerminal()) {
            first = checklist.judge(step.exercise(), List.of(), stage, renderer);
        }
        List<AttributedString> top = new ArrayList<>(banner);
        top.add(AttributedString.EMPTY);
        top.addAll(renderer.renderWithoutChecklist(step.asWritten()).lines());
        stage.newPage();
        if (stage.pinnedPage(top, first == null ? 0 : first.lines().size())) {
            Page page = new Page(stage, true);
            if (first != null) {
                page.show(first);
            }
            return page;
        }
        stage.lines(banner);
        stage.endLine();
        // shown again, the step's checklist is the one it ended with, not the text's unchecked boxes
        stage.lines((ended != null ? renderer.renderWithoutChecklist(step.asWritten()) : renderer.render(step.asWritten())).lines());
        Page page = new Page(stage, false);
        if (ended != null && first != null) {
            page.show(first);
        }
        return page;
    }

    /** Says what comes next, and waits for the presenter to go on. */
    private Key upNext() {
        stage.endLine();
        int following = index + 1;
        stage.note(following < lesson.steps().size()
                ? "Next: step " + (following + 1) + " · " + lesson.steps().get(following).title()
                : "Next: the end of the lesson.");
        return await(Keys.Moment.STEP_END);
    }

    /** The presenter's key; going back from the introduction stays there. */
    private Key await(Keys.Moment moment) {
        Key key = keys.next(moment);
        while (key == Key.BACK && index == INTRODUCTION) {
            key = keys.next(moment);
        }
        return key;
    }

    /** The step's examples, then its solution, as commands typed one at a time. */
    private static List<String> commands(Step step) {
        List<String> commands = new ArrayList<>();
        for (Example example : step.examples()) {
            commands.addAll(ShellCommands.of(example.code()));
        }
        if (step.isExercise() && step.exercise().solution() != null) {
            commands.addAll(ShellCommands.of(step.exercise().solution().body()));
        }
        return commands;
    }

    private MarkdownRenderer renderer() {
        return new MarkdownRenderer(new RenderOptions(Math.min(stage.width(), MAX_TEXT_WIDTH), stage.color(), stage.theme(), true));
    }

    /** How a step ended: its last checklist, null for a reading step. */
    private record Ending(ExerciseChecklist.Judged checklist) {
    }

    /** One line per exercise shown; false when one of them ended with checks not passing. */
    private boolean summary() {
        boolean allDone = true;
        for (Map.Entry<Integer, Outcome> shown : outcomes.entrySet()) {
            Exercise exercise = lesson.exercises().get(shown.getKey() - 1);
            Outcome outcome = shown.getValue();
            String line = "Exercise " + exercise.number() + " · " + exercise.title() + ": " + outcome.passing() + " of "
                    + outcome.total() + " checks pass";
            if (outcome.done()) {
                stage.ok(line);
            } else {
                stage.problem(line);
                allDone = false;
            }
        }
        return allDone;
    }
}
