package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.progress.ProgressStore;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.repl.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The learner's progress, in words or as the JSON file holds it. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show your progress: exercises done, the step you are on, hints used and time, per lesson.")
public final class ProgressCommand implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the progress file's JSON.")
    private boolean json;

    public ProgressCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProgressStore store = new ProgressStore(StateDir.resolve(context.env(), context.home()));
        ProgressStore.Loaded loaded = store.load();
        PrintWriter out = spec.commandLine().getOut();
        loaded.warning().ifPresent(spec.commandLine().getErr()::println);
        if (json) {
            out.println(ProgressStore.toJson(loaded.progress()));
        } else {
            LessonLibrary library = new Course(root.settings()).folder();
            new ProgressReport(library, loaded.progress()).print(out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
