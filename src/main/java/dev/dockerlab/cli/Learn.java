package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.classroom.client.ClassClient;
import dev.dockerlab.classroom.client.ClassRequest;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.classroom.client.LearnerEvents;
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
                "When stdin is not a terminal, lines are read from it and the exit status is 1 if a slash command failed."},
        footer = {"", "Environment: DOCKERLAB_CLASS_URL, DOCKERLAB_CLASS_CODE, DOCKERLAB_CLASS_NAME and",
                "DOCKERLAB_CLASS_SHARE_COMMANDS=1 stand for the class options (for a lab image)."})
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

    // The class (issue 16): joining an instructor's class server, which then sees this learner's progress.
    @Option(names = "--class", paramLabel = "URL",
            description = "Join the class whose server is at URL (the instructor gives it); you stay in it until /class leave.")
    private String classUrl;

    @Option(names = "--join-code", paramLabel = "CODE", description = "The class's join code.")
    private String joinCode;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name as the instructor sees it (default: $USER).")
    private String className;

    @Option(names = "--class-share-commands",
            description = "Also send the commands you type to the class (off unless given, for this session only).")
    private boolean shareCommands;
    // end of the class options

    public Learn(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        root.consent().requireFolder(root.settings().lessonsDir());
        return ReplLauncher.start(context, root.settings(), Optional.ofNullable(lesson), watch,
                classEvents(context, classUrl, joinCode, className, shareCommands));
    }

    /** The class this session reports to: the one asked for, else the one joined before; none, and it reports nothing. */
    static LearnerEvents classEvents(AppContext context, String url, String code, String name, boolean share) {
        return new ClassClient(StateDir.resolve(context.env(), context.home()), ClassRequest.of(context.env(), url, code, name, share));
    }
}
