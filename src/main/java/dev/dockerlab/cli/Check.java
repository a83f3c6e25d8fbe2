package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.output.Json;
import dev.dockerlab.output.Style;
import dev.dockerlab.progress.LessonProgress;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.progress.StateDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Judges an exercise's checks on the daemon's state now, whoever made it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judge an exercise's checks on the daemon's current state and print the checklist.",
                "Works on state made anywhere: the REPL, your own terminal, a script. 'typed' checks count only"
                        + " commands typed in the dockerlab REPL and are not judged here.",
                "Checks that compare with the start of an exercise use the start the dockerlab REPL recorded"
                        + " when you came to it.",
                "Exits 0 when all checks judged here pass, 1 when not."})
public final class Check implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON",
            completionCandidates = LessonIds.class, description = "A lesson id (e.g. bind-mounts), number, or lesson file.")
    private String lessonReference;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EXERCISE",
            description = "Its number in the lesson from 1, or its title (default: the first not yet solved).")
    private String exerciseReference;

    @Option(names = "--json", description = "Print the checklist as JSON (schema dockerlab/check/1, in docs/JSON.md).")
    private boolean json;

    /** {@code check --json}: the schema docs/JSON.md documents; add fields, never rename or remove them. */
    record Report(String schema, String lesson, int exercise, String title, boolean done, String summary,
                  List<CheckEntry> checks) {
    }

    public Check(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Course course = new Course(root.settings());
        Lesson lesson = course.lesson(lessonReference);
        if (lesson.exercises().isEmpty()) {
            throw new BadInput("lesson " + lesson.id() + " has no exercises to check.");
        }
        Optional<Exercise> named = Optional.ofNullable(exerciseReference).map(reference -> Course.exercise(lesson, reference));
        root.consent().requireLessons(List.of(lesson));
        PrintWriter out = spec.commandLine().getOut();
        // a lab image build shows its progress on stderr when stdout is the JSON
        Lab lab = Lab.open(context, root.settings(), json ? spec.commandLine().getErr() : out);
        Style style = new Style(root.settings().color());
        // the REPL's own run of this lesson: its ${TOKEN}, and what existed when each exercise started
        Optional<LessonProgress> learned = new ProgressStore(StateDir.resolve(context.env(), context.home()))
                .load().progress().existing(lesson.id());
        Variables variables = learned.map(run -> course.variables(lesson).withToken(run.token()))
                .orElse(course.variables(lesson));
        Exercise exercise = null;
        Judgement judgement = null;
        for (Exercise candidate : named.map(List::of).orElse(lesson.exercises())) {
            exercise = candidate;
            StartState start = learned.flatMap(run -> run.start(candidate.number())).orElse(StartState.UNRECORDED);
            try (Evaluation evaluation = lab.evaluation(variables, List.of(), start)) {
                judgement = evaluation.judge(candidate.checks(), Checklist::judgedHere);
            }
            if (!judgement.failing().isEmpty()) {
                break;
            }
        }
        // a typed check is not judged here, so it does not stand in the way
        boolean holds = judgement.failing().isEmpty();
        String summary = summary(exercise.number(), judgement);
        if (json) {
            out.println(Json.write(new Report("dockerlab/check/1", lesson.id(), exercise.number(), exercise.title(),
                    judgement.allPass(), summary,
                    judgement.lines().stream().map(line -> CheckEntry.of(line, lesson.file())).toList())));
            out.flush();
            return holds ? ExitCode.OK : ExitCode.NOT_OK;
        }
        out.println(style.bold(lesson.title() + ", exercise " + exercise.number() + " of " + lesson.exercises().size()
                + ": " + exercise.title()));
        Checklist.print(out, style, judgement);
        out.println(holds ? style.ok(summary) : summary);
        out.flush();
        return holds ? ExitCode.OK : ExitCode.NOT_OK;
    }

    /**
     * "All 3 checks pass: exercise 1 is done."; when some checks are typed
     * lines, which only the REPL sees, it says what was judged and what was not,
     * and never that the exercise is done.
     */
    static String summary(int exercise, Judgement judgement) {
        int judged = judgement.judged();
        int passing = judgement.passing();
        int typed = judgement.total() - judged;
        if (typed == 0) {
            return passing == judged ? "All " + judged + " checks pass: exercise " + exercise + " is done."
                    : passing + " of " + judged + " checks pass.";
        }
        String notJudged = typed == 1 ? "1 typed check is judged only in the dockerlab REPL."
                : typed + " typed checks are judged only in the dockerlab REPL.";
        if (judged == 0) {
            return "No check here looks at Docker; " + notJudged;
        }
        String state = judged == 1 ? "state check" : "state checks";
        if (passing < judged) {
            return passing + " of " + judged + " " + state + " pass; " + notJudged;
        }
        return (judged == 1 ? "The 1 state check passes; " : "All " + judged + " state checks pass; ") + notJudged;
    }
}
