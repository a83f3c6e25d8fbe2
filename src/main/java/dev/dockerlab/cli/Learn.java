package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.repl.ReplLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The learning REPL, at the learner's current step or at the lesson named. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Open the learning REPL where you left off, or at LESSON (also: dockerlab with no command).",
                "Type shell and docker commands; after each, dockerlab checks the exercise. /help lists the rest.",
                "When stdin is not a terminal, lines are read from it and the exit status is 1 if a slash command failed."})
public final class Learn implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Parameters(arity = "0..1", paramLabel = "LESSON",
            completionCandidates = LessonIds.class, description = "A lesson id or number (default: where you left off).")
    private String lesson;

    @Option(names = "--watch", description = "For authors: when the lesson's file is saved, read it again and show it"
            + " at the same step (a lint error is shown as FILE:LINE, and the lesson stays as it was).")
    private boolean watch;

    public Learn(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        root.consent().requireFolder(root.settings().lessonsDir());
        return ReplLauncher.start(context, root.settings(), Optional.ofNullable(lesson), watch);
    }
}
