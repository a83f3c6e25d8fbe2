package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.present.PresentOptions;
import dev.dockerlab.present.Presentation;
import dev.dockerlab.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** A lesson as a live demo: big step headers, commands typed out and run on a key, checklists ticking. */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = {"Present a lesson live, for a projector. Each step comes under a large header",
                "with its text; then each example and solution command is typed out and runs",
                "when you press a key, and the exercise's checklist ticks after every command.",
                "",
                "Keys: space or enter runs the next command, then goes on to the next step;",
                "b goes back one step; q quits. Arrow and page keys work too (clickers).",
                "When stdin is not a terminal, keys are read from it, one a line: an empty",
                "line, space or enter; b; q. With --auto no keys are needed.",
                "",
                "On a terminal with room, the step's header and task stay at the top and its",
                "checklist at the bottom while commands scroll between them. b shows the step",
                "before as it ended, its last checklist included, without running its commands",
                "again (they changed the daemon already); space goes on from there.",
                "",
                "First the lesson's objects are removed (only those dockerlab made, unless",
                "--force); each exercise's setup runs when its step comes; the lesson's",
                "cleanup runs at the end, also after q. Exits 0 when every exercise shown",
                "ended with all its checks passing and nothing was left behind.",
                ""})
public final class Present implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON",
            completionCandidates = LessonIds.class, description = "A lesson id (e.g. bind-mounts), number, or lesson file.")
    private String lessonReference;

    @Option(names = "--auto", description = "Play through without keys, for recordings and unattended loops.")
    private boolean auto;

    @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "3",
            description = "With --auto: how long each step stays on screen (default: ${DEFAULT-VALUE}).")
    private double pauseSeconds;

    @Option(names = "--typing-delay", paramLabel = "MS", defaultValue = "25",
            description = "Milliseconds between typed characters; 0 types at once (default: ${DEFAULT-VALUE}).")
    private long typingDelayMillis;

    @Option(names = "--keys", paramLabel = "FILE",
            description = "Read the keys from FILE, one a line, instead of the keyboard or stdin: a rehearsed run.")
    private Path keys;

    @Option(names = "--force", description = "Also remove declared objects that dockerlab did not make.")
    private boolean force;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "dark", completionCandidates = Themes.class,
            description = "Colours for the screen's background: dark, light (a light projector) or high-contrast "
                    + "(no colour, bold); --no-color and NO_COLOR still win (default: ${DEFAULT-VALUE}).")
    private String themeName;

    /** The theme names, for completion. */
    static final class Themes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Theme.values()).map(Theme::optionName).iterator();
        }
    }

    public Present(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (pauseSeconds < 0 || typingDelayMillis < 0) {
            throw new BadInput("--pause and --typing-delay cannot be negative.");
        }
        if (keys != null && !Files.isReadable(keys)) {
            throw new BadInput("there is no readable key file at " + keys.toAbsolutePath() + ".");
        }
        Theme theme = Theme.named(themeName).orElseThrow(() -> new BadInput("there is no theme \"" + themeName
                + "\"; choose dark, light or high-contrast."));
        Course course = new Course(root.settings());
        Lesson lesson = course.lesson(lessonReference);
        root.consent().requireLessons(List.of(lesson));
        PresentOptions options = new PresentOptions(auto, Duration.ofMillis(Math.round(pauseSeconds * 1000)),
                Duration.ofMillis(typingDelayMillis), Optional.ofNullable(keys), force, theme);
        boolean ok = new Presentation(context, root.settings(), lesson, course.variables(lesson), options)
                .start(spec.commandLine().getOut());
        return ok ? ExitCode.OK : ExitCode.NOT_OK;
    }
}
