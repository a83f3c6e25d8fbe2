package dev.dockerlab.cli;

import dev.dockerlab.Lab;
import dev.dockerlab.AppContext;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.check.Verdict;
import dev.dockerlab.lesson.CheckLine;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Judges an exercise's checks on the daemon's state now, whoever made it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judge an exercise's checks on the daemon's current state and print the checklist.",
                "Works on state made anywhere: the REPL, your own terminal, a script. 'typed' checks count only"
                        + " commands typed in the dockerlab REPL and are not judged here.",
                "Exits 0 when all checks pass, 1 when not."})
public final class Check implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON", description = "A lesson id (e.g. bind-mounts), number, or lesson file.")
    private String lessonReference;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EXERCISE",
            description = "Its number in the lesson from 1, or its title (default: the first not yet solved).")
    private String exerciseReference;

    public Check(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Course course = new Course(root.settings());
        Lesson lesson = course.lesson(lessonReference);
        if (lesson.exercises().isEmpty()) {
            throw new UserError("lesson " + lesson.id() + " has no exercises to check.");
        }
        Optional<Exercise> named = Optional.ofNullable(exerciseReference).map(reference -> Course.exercise(lesson, reference));
        PrintWriter out = spec.commandLine().getOut();
        Lab lab = Lab.open(context, root.settings(), out);
        Style style = new Style(root.settings().color());
        Exercise exercise = null;
        List<Verdict> verdicts = null;
        try (Evaluation evaluation = lab.evaluation(course.variables(lesson), List.of())) {
            for (Exercise candidate : named.map(List::of).orElse(lesson.exercises())) {
                exercise = candidate;
                verdicts = judge(evaluation, candidate.checks());
                if (!allHold(verdicts)) {
                    break;
                }
            }
        }
        out.println(style.bold(lesson.title() + ", exercise " + exercise.number() + " of " + lesson.exercises().size()
                + ": " + exercise.title()));
        Checklist.print(out, style, exercise.checks(), verdicts);
        long judged = verdicts.stream().filter(verdict -> verdict != null).count();
        long passing = verdicts.stream().filter(verdict -> verdict != null && verdict.passed()).count();
        boolean done = allHold(verdicts);
        out.println(done ? style.ok("All " + judged + " checks pass: exercise " + exercise.number() + " is done.")
                : passing + " of " + judged + " checks pass.");
        out.flush();
        return done ? ExitCode.OK : ExitCode.NOT_OK;
    }

    private static List<Verdict> judge(Evaluation evaluation, List<CheckLine> checks) {
        List<Verdict> verdicts = new ArrayList<>();
        for (CheckLine check : checks) {
            verdicts.add(Checklist.judgedHere(check) ? evaluation.evaluate(check.assertion()) : null);
        }
        return verdicts;
    }

    private static boolean allHold(List<Verdict> verdicts) {
        return verdicts.stream().allMatch(verdict -> verdict == null || verdict.passed());
    }
}
