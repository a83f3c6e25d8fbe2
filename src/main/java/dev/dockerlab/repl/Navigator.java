package dev.dockerlab.repl;

import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.render.Rendered;
import dev.dockerlab.shell.ShellResult;

import java.util.List;
import java.util.Optional;

/**
 * Moves the learner through lessons and steps, shows them, and runs an
 * exercise's setup when it starts: the setup first, then the step with its
 * checklist judged as things stand, so a done exercise or a resumed session
 * shows the boxes that hold.
 */
final class Navigator {

    private final Session session;
    private final Claims claims;
    private final Coach coach;

    Navigator(Session session, Claims claims, Coach coach) {
        this.session = session;
        this.claims = claims;
        this.coach = coach;
    }

    /** Opens a lesson at the step its progress remembers (or the one given). */
    void open(Lesson lesson, Integer step) {
        session.lesson(lesson);
        LessonProgress progress = session.lessonProgress();
        if (step != null) {
            progress.moveTo(step);
        }
        if (progress.step() <= 1) {
            intro(lesson);
        }
        session.markStart();
        session.save();
        enterStep(progress.step());
    }

    private void intro(Lesson lesson) {
        Screen screen = session.screen;
        screen.blank();
        screen.lines(session.renderer().render("# " + lesson.title() + "\n\n" + lesson.introduction()).lines());
        screen.faint("Commands you type run in " + session.shell.workingDirectory() + ". /help lists the slash commands.");
    }

    void enterStep(int number) {
        Lesson lesson = session.lesson();
        LessonProgress progress = session.lessonProgress();
        progress.moveTo(Math.max(1, Math.min(number, lesson.steps().size())));
        session.save();
        heading();
        session.events.stepShown(session.place());
        Exercise exercise = session.step().exercise();
        if (exercise != null) {
            try {
                runSetupOnce(exercise, progress);
                coach.recordStart(exercise);
            } catch (RuntimeException failure) {
                session.screen.warn("The exercise's setup did not run: " + DockerTrouble.sentence(failure).orElseThrow(() -> failure)
                        + " Then /goto :" + session.step().number() + " runs it.");
                body(Judgement.unjudged(exercise.checks()));
                return;
            }
        }
        body();
    }

    private void runSetupOnce(Exercise exercise, LessonProgress progress) {
        if (exercise.setup() == null || progress.setupDone(exercise.number())) {
            return;
        }
        List<LessonObjects.Present> notOurs = claims.notOurs();
        if (!notOurs.isEmpty()) {
            session.screen.warn("This exercise's setup would work on " + LessonObjects.names(notOurs)
                    + ", which dockerlab did not make: it may be yours, so the setup did not run.");
            session.screen.warn("Remove it yourself (or /reset, which asks first), then /goto :" + session.step().number() + ".");
            return;
        }
        session.screen.faint("Setting up the exercise...");
        ShellResult setup = claims.run().setup(exercise);
        if (!setup.succeeded()) {
            session.screen.error("The exercise's setup " + setup.ending() + ":");
            setup.lastLines(5).forEach(line -> session.screen.say("  " + line));
            session.screen.warn("Fix what it says (is Docker running?), then /goto :" + session.step().number() + " to try again.");
            return;
        }
        progress.setupRan(exercise.number());
        session.save();
    }

    void show() {
        heading();
        body();
    }

    private void heading() {
        Step step = session.step();
        Lesson lesson = session.lesson();
        session.screen.blank();
        String kind = "reading";
        if (step.isExercise()) {
            int number = step.exercise().number();
            kind = "exercise " + number + " of " + lesson.exercises().size()
                    + (session.lessonProgress().isCompleted(number) ? " · done" : "");
        }
        session.screen.faint(lesson.title() + " · step " + step.number() + " of " + lesson.steps().size() + " · " + kind);
    }

    private void body() {
        Step step = session.step();
        body(step.isExercise() ? coach.standing(step.exercise()) : Judgement.NONE);
    }

    private void body(Judgement checklist) {
        Step step = session.step();
        Rendered rendered = session.renderer().render("## " + step.title() + "\n\n" + step.markdown(), checklist);
        session.screen.lines(rendered.lines());
        hintAtCommands(step);
    }

    private void hintAtCommands(Step step) {
        List<String> tips = new java.util.ArrayList<>();
        if (!step.examples().isEmpty()) {
            tips.add("/run N runs example N");
        }
        if (step.isExercise()) {
            tips.add("/check shows what is done");
            tips.add("/hint helps");
        }
        if (step.number() < session.lesson().steps().size()) {
            tips.add("/next goes on");
        }
        session.screen.faint(String.join(" · ", tips));
    }

    boolean next() {
        if (session.step().number() >= session.lesson().steps().size()) {
            Optional<Lesson> after = session.library.after(session.lesson().id());
            if (after.isPresent()) {
                Lesson following = after.get();
                session.screen.ok("That was the last step of " + session.lesson().id() + ". On to " + following.id() + ".");
                open(following, null);
                return true;
            }
            session.screen.ok("That was the last step of the last lesson. Well done!");
            return true;
        }
        enterStep(session.step().number() + 1);
        return true;
    }

    boolean back() {
        if (session.step().number() <= 1) {
            session.screen.warn("This is the first step of " + session.lesson().id() + ".");
            return false;
        }
        enterStep(session.step().number() - 1);
        return true;
    }
}
