package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.docker.LessonObjects;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.output.Style;
import dev.dockerlab.run.LessonRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Removes what a lesson declares, and nothing else. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Remove what a lesson made: its cleanup, then the objects and $${LAB} paths it declares.",
                "When a declared object exists that dockerlab did not see appear during a lesson (it may be"
                        + " yours), nothing is removed: reset names it and exits 1. --force removes it too."})
public final class Reset implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON",
            completionCandidates = LessonIds.class, description = "A lesson id, number, or lesson file.")
    private String lessonReference;

    @Option(names = "--force", description = "Also remove declared objects that dockerlab did not make.")
    private boolean force;

    public Reset(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Course course = new Course(root.settings());
        Lesson lesson = course.lesson(lessonReference);
        root.consent().requireLessons(java.util.List.of(lesson));
        PrintWriter out = spec.commandLine().getOut();
        Style style = new Style(root.settings().color());
        Lab lab = Lab.open(context, root.settings(), out);
        LessonRun run = LessonRun.of(lab, lesson, course.variables(lesson));
        LessonRun.Outcome reset = run.reset(force, cleanup -> out.println(style.bad("cleanup ") + LessonRun.inOneLine(cleanup)));
        if (reset.wasRefused()) {
            out.println(style.bad("Not reset: ") + LessonObjects.names(reset.refused())
                    + " existed before dockerlab ran this lesson; it may be yours.");
            out.println("Remove it yourself, or run `dockerlab reset " + lesson.id() + " --force` to let dockerlab remove it.");
            out.flush();
            return ExitCode.NOT_OK;
        }
        reset.removal().removed().forEach(removed -> out.println("removed " + removed));
        reset.removal().failures().forEach(failure -> out.println(style.bad("not removed: ") + failure));
        boolean ok = reset.clean();
        out.println(ok ? style.ok("Lesson " + lesson.id() + " is reset.") : style.bad("Lesson " + lesson.id() + " is not fully reset."));
        out.flush();
        return ok ? ExitCode.OK : ExitCode.NOT_OK;
    }

}
