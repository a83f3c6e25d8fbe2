package dev.dockerlab.repl;

import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.doctor.Checkup;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.shell.ShellResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** What each slash command does, wired to the session, the navigator and the coach. */
final class Commands {

    private final Session session;
    private final Navigator navigator;
    private final Coach coach;
    private final CommandRunner runner;
    private final Claims claims;
    private final SlashCommands table = new SlashCommands();

    /** @param confirm asks the learner yes or no; scripted use reads the answer from the next line */
    Commands(Session session, Navigator navigator, Coach coach, CommandRunner runner, Claims claims, BooleanSupplier confirm) {
        this.session = session;
        this.navigator = navigator;
        this.coach = coach;
        this.runner = runner;
        this.claims = claims;
        table.add("help", "/help [COMMAND]", "list the commands, or explain one", this::help)
                .add("lessons", "/lessons", "list the lessons and your progress in each", arguments -> lessons())
                .add("goto", "/goto LESSON[:STEP]", "go to a lesson (id or number) or a step of it; /goto :STEP stays here", this::goTo)
                .add("next", "/next", "go to the next step (or lesson)", arguments -> navigator.next())
                .add("back", "/back", "go to the previous step", arguments -> navigator.back())
                .add("show", "/show", "show the current step again", arguments -> show())
                .add("task", "/task", "show the current exercise's task", arguments -> task())
                .add("check", "/check", "judge the exercise now: the checklist with what was observed", arguments -> coach.checklist())
                .add("hint", "/hint", "a hint for where you are, then the next one", arguments -> coach.hint())
                .add("solution", "/solution [run]", "show a solution; 'run' runs it for you", this::solution)
                .add("run", "/run N", "run example N of this step", this::runExample)
                .add("reset", "/reset [--force]", "start this lesson afresh: says what goes and asks (--force: no question)",
                        new LessonReset(session, claims, navigator, confirm)::run)
                .add("progress", "/progress", "exercises, hints and active time in each lesson", arguments -> progress())
                .add("history", "/history", "the lines you typed in this session", arguments -> history())
                .add("save", "/save FILE", "save this session as a script that dockerlab < FILE replays", this::save)
                .add("doctor", "/doctor", "check Docker, the lab image and the lab folder", arguments -> doctor())
                .add("class", "/class [leave]", "the class you joined and what waits to be sent; 'leave' leaves it", 2,
                        this::classroom)
                .add("exit", "/exit", "leave (Ctrl-D too); your progress is saved", arguments -> true);
    }

    SlashCommands table() {
        return table;
    }

    private boolean help(String arguments) {
        if (!arguments.isBlank()) {
            Optional<SlashCommand> command = table.find(arguments.strip().replaceFirst("^/", ""));
            if (command.isEmpty()) {
                session.screen.warn("There is no command /" + arguments.strip() + ".");
                return false;
            }
            session.screen.say(command.get().usage() + "   " + command.get().help());
            return true;
        }
        session.screen.bold("Type shell and docker commands as in a terminal; after each, dockerlab checks the exercise.");
        for (SlashCommand command : table.all()) {
            session.screen.say(String.format("  %-28s %s", command.usage(), command.help()));
        }
        session.screen.faint("Any unique beginning works: /n for /next, /c for /check. Tab completes.");
        return true;
    }

    private boolean lessons() {
        for (Lesson lesson : session.library.lessons()) {
            int done = session.progress().existing(lesson.id()).map(progress -> progress.completedOf(lesson.exercises().size())).orElse(0);
            String marker = lesson.id().equals(session.lesson().id()) ? "▶" : " ";
            session.screen.say(String.format("%s %02d %-22s %d/%-12s %s", marker, lesson.number(), lesson.id(), done,
                    Words.count(lesson.exercises().size(), "exercise"), lesson.title()));
        }
        return true;
    }

    private boolean goTo(String arguments) {
        String target = arguments.strip();
        if (target.isEmpty()) {
            session.screen.warn("Usage: /goto LESSON[:STEP], e.g. /goto bind-mounts:3, or /goto :3 for step 3 here");
            return false;
        }
        if (target.startsWith(":") && target.substring(1).matches("\\d{1,9}")) {
            return goToStep(Integer.parseInt(target.substring(1)));
        }
        String[] parts = target.split(":", 2);
        Optional<Lesson> lesson = session.library.find(parts[0]);
        if (lesson.isEmpty()) {
            session.screen.warn("There is no lesson " + parts[0] + "; /lessons lists them.");
            return false;
        }
        Integer step = null;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,9}") || Integer.parseInt(parts[1]) < 1 || Integer.parseInt(parts[1]) > lesson.get().steps().size()) {
                session.screen.warn("Lesson " + lesson.get().id() + " has steps 1 to " + lesson.get().steps().size() + ".");
                return false;
            }
            step = Integer.parseInt(parts[1]);
        }
        navigator.open(lesson.get(), step);
        return true;
    }

    private boolean goToStep(int step) {
        if (step < 1 || step > session.lesson().steps().size()) {
            session.screen.warn("This lesson has steps 1 to " + session.lesson().steps().size() + ".");
            return false;
        }
        navigator.enterStep(step);
        return true;
    }

    private boolean show() {
        navigator.show();
        return true;
    }

    private boolean task() {
        if (session.exercise().isPresent()) {
            navigator.show();
            return true;
        }
        Optional<Step> next = session.lesson().steps().stream()
                .filter(step -> step.isExercise() && step.number() > session.step().number()).findFirst();
        session.screen.warn(next.map(step -> "This step is reading only; the next exercise is step " + step.number()
                + " (" + step.title() + "): /goto :" + step.number()).orElse("There is no exercise after this step."));
        return false;
    }

    private boolean solution(String arguments) {
        Optional<Exercise> exercise = session.exercise();
        if (exercise.isEmpty() || exercise.get().solution() == null) {
            session.screen.warn("This step has no solution to show.");
            return false;
        }
        Script solution = exercise.get().solution();
        session.events.solution(session.place());
        if (!arguments.strip().equals("run")) {
            session.screen.lines(session.renderer().render("```text\n" + solution.body() + "```\n").lines());
            session.screen.faint("/solution run runs it for you.");
            return true;
        }
        List<LessonObjects.Present> notOurs = claims.notOurs();
        if (!notOurs.isEmpty()) {
            session.screen.warn("The solution would work on " + LessonObjects.names(notOurs) + ", which dockerlab did not make: it may be yours, so it did not run."
                    + " Remove it yourself, or /reset (which asks first).");
            return false;
        }
        ShownCommand.script(solution.body(), session.variables().asMap()).forEach(session.screen::faint);
        ShellResult ran = claims.run().solution(exercise.get());
        if (!ran.output().isBlank()) {
            session.screen.say(ran.output().stripTrailing());
        }
        if (!ran.succeeded()) {
            session.screen.error("The solution " + ran.ending() + ".");
        }
        solution.body().lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> session.lessonProgress().addTyped(exercise.get().number(), line));
        session.save();
        coach.afterCommand(Optional.empty());
        return ran.succeeded();
    }

    private boolean runExample(String arguments) {
        List<dev.dockerlab.lesson.Example> examples = session.step().examples();
        if (examples.isEmpty()) {
            session.screen.warn("This step has no examples to run.");
            return false;
        }
        if (!arguments.strip().matches("\\d{1,9}") || Integer.parseInt(arguments.strip()) < 1
                || Integer.parseInt(arguments.strip()) > examples.size()) {
            session.screen.warn("Usage: /run N, with N from 1 to " + examples.size() + ".");
            return false;
        }
        String code = examples.get(Integer.parseInt(arguments.strip()) - 1).code();
        for (String line : code.lines().filter(line -> !line.isBlank()).toList()) {
            session.screen.faint("$ " + ShownCommand.expand(line, session.variables().asMap()));
            runner.run(line);
        }
        return true;
    }

    private boolean progress() {
        new ProgressReport(session.library.whole(), session.progress()).print(session.screen.out());
        session.screen.out().flush();
        return true;
    }

    private boolean history() {
        List<String> lines = session.typedThisSession();
        for (int i = 0; i < lines.size(); i++) {
            session.screen.say(String.format("%4d  %s", i + 1, lines.get(i)));
        }
        return true;
    }

    /**
     * Writes a script that redoes this session when fed to {@code dockerlab < FILE}:
     * a /goto to where the session began, then the lines typed (answers to
     * questions included), each multi-line command as its lines. /save lines
     * are left out: a replay must not overwrite the file it is read from.
     */
    private boolean save(String arguments) {
        if (arguments.isBlank()) {
            session.screen.warn("Usage: /save FILE");
            return false;
        }
        Path file = session.shell.workingDirectory().resolve(arguments.strip());
        List<String> lines = session.typedThisSession().stream()
                .filter(line -> !table.find(slashWord(line)).map(command -> command.name().equals("save")).orElse(false))
                .toList();
        StringBuilder script = new StringBuilder("# dockerlab session; replay with: dockerlab < " + file.getFileName() + "\n");
        session.startedAt().ifPresent(start -> script.append("/goto ").append(start).append('\n'));
        lines.forEach(line -> script.append(line).append('\n'));
        try {
            Files.writeString(file, script);
            session.screen.ok("Saved " + Words.count(lines.size(), "line") + " to " + file);
            return true;
        } catch (IOException cannotWrite) {
            session.screen.error("Cannot write " + file + ": " + cannotWrite.getMessage());
            return false;
        }
    }

    /** The command word of a slash line ("save" for "/save x"), or "" for a line that is not one. */
    private static String slashWord(String line) {
        return line.startsWith("/") ? line.substring(1).split("\\s+", 2)[0] : "";
    }

    private boolean classroom(String arguments) {
        String what = arguments.strip();
        if (!what.isEmpty() && !what.equals("leave")) {
            session.screen.warn("Usage: /class, or /class leave to leave the class.");
            return false;
        }
        List<String> status = session.events.status();
        if (status.isEmpty()) {
            session.screen.warn("You are in no class; dockerlab learn --class URL --join-code CODE --name NAME joins one.");
            return false;
        }
        if (what.equals("leave")) {
            session.events.leave().ifPresent(note -> session.screen.ok(note.text()));
            return true;
        }
        status.forEach(session.screen::say);
        session.screen.faint("/class leave leaves the class.");
        return true;
    }

    private boolean doctor() {
        return new Checkup(session.context).run(session.settings, session.screen.out());
    }
}
