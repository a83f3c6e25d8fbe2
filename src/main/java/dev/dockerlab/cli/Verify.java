package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.failure.Failure;
import dev.dockerlab.lesson.FileSaves;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.LessonRef;
import dev.dockerlab.output.Json;
import dev.dockerlab.output.Style;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.run.LessonGuard;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.JUnitReport;
import dev.dockerlab.verify.LessonResult;
import dev.dockerlab.verify.Printable;
import dev.dockerlab.verify.SharedObjects;
import dev.dockerlab.verify.SideBySide;
import dev.dockerlab.verify.VerifiedLesson;
import dev.dockerlab.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;

/** The maintainers' proof: every solution passes its checks, and the checks fail before it. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove lessons on the real daemon: solutions pass their checks, and the checks fail before.",
                "For each exercise: run setup, require a failing check, run the solution, require every check"
                        + " to pass; then prove its alternative and mistake blocks, each from the exercise's start;"
                        + " then run cleanup and remove the lesson's objects, also after a failure.",
                "A lesson another verify is proving on the same daemon is waited for (--wait), then not run;"
                        + " one a REPL has open is not run.",
                "Exits 0 only when everything passed (not applicable counts as passed)."})
public final class Verify implements Callable<Integer> {

    /** The status a shell gives a command Ctrl-C ended, which is how a watch ends. */
    private static final int INTERRUPTED = 130;

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON|PATH",
            completionCandidates = LessonIds.class, description = "Lesson ids, lesson files or lesson folders (default: every lesson).")
    private List<String> references = List.of();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report for CI.")
    private Path junitXml;

    @Option(names = "--fail-fast", description = "Stop at the first failure: the blocks and lessons after it are not proven.")
    private boolean failFast;

    @Option(names = "--force", description = "Remove declared objects even when dockerlab did not make them.")
    private boolean force;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Verify N times and name the exercises that passed in some runs and failed in others (flaky).")
    private int repeat;

    @Option(names = "--json", description = "Print the results as JSON on stdout (schema dockerlab/verify/1, in docs/JSON.md);"
            + " the progress goes to stderr.")
    private boolean json;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Prove up to N lessons at once (default: ${DEFAULT-VALUE}). The console, JUnit and JSON reports"
                    + " read as a serial run's; lessons that declare an object in common are proven one after the other.")
    private int jobs;

    @Option(names = "--watch", description = "For authors: verify the one lesson named, then again each time its file"
            + " is saved, until Ctrl-C (exit status 130). A lint error is shown as FILE:LINE and the watch goes on.")
    private boolean watch;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another verify of the same lesson on the same daemon to end"
                    + " before not running it (default: ${DEFAULT-VALUE}).")
    private int waitSeconds;

    public Verify(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new BadInput("--repeat takes a number of runs, 1 or more.");
        }
        if (jobs < 1) {
            throw new BadInput("--jobs takes a number of lessons to prove at once, 1 or more.");
        }
        if (waitSeconds < 0) {
            throw new BadInput("--wait takes a number of seconds, 0 or more.");
        }
        Course course = new Course(root.settings());
        // with --json, stdout is the JSON document alone: the progress goes to stderr
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        Style style = new Style(root.settings().color());
        if (watch) {
            return watching(course, out, style);
        }
        return prove(course, out, style);
    }

    /**
     * Verifies the lesson, then again each time its file is saved, until
     * Ctrl-C. A lesson lint rejects, or a verify that cannot run, is said in
     * its sentence (FILE:LINE for lint) and the watch goes on.
     */
    private int watching(Course course, PrintWriter out, Style style) throws IOException {
        if (references.size() != 1) {
            throw new BadInput("--watch takes exactly one lesson, by id or file; " + (references.isEmpty()
                    ? "none was named." : references.size() + " were named."));
        }
        Path file = watchedFile(course, references.get(0));
        try (FileSaves saves = FileSaves.of(file)) {
            while (true) {
                try {
                    prove(course, out, style);
                } catch (Failure cannotVerify) {
                    out.println(style.bad(cannotVerify.getMessage()));
                } catch (IOException cannotReport) {
                    out.println(style.bad("The JUnit report cannot be written: " + cannotReport.getMessage()));
                }
                out.println(style.faint("Watching " + file + ": saved, it is verified again. Ctrl-C ends."));
                out.flush();
                saves.next();
                out.println();
                out.println(style.bold("Saved: " + file));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
    }

    /** The lesson file named, as it is on the disk: even one lint rejects now is watched, to be fixed. */
    private static Path watchedFile(Course course, String reference) {
        Optional<Path> path = LessonRef.parse(reference).path().filter(Files::isRegularFile);
        return path.orElseGet(() -> course.lesson(reference).file()).toAbsolutePath().normalize();
    }

    private int prove(Course course, PrintWriter out, Style style) throws IOException {
        List<Lesson> lessons = lessonsToProve(course);
        root.consent().requireLessons(lessons);
        Lab lab = Lab.open(context, root.settings(), out);
        StorageDriver storage = lab.storage();
        Ownership ownership = lab.ownership();
        LessonGuard guard = LessonGuard.forVerify(StateDir.resolve(context.env(), context.home()), lab.docker(),
                lessons.stream().map(Lesson::id).toList(), Duration.ofSeconds(waitSeconds));
        if (jobs > 1) {
            SharedObjects.among(lessons).pairs().forEach(pair ->
                    out.println(style.faint(pair + ": proven one after the other, not side by side")));
        }
        List<VerifiedLesson> results = new ArrayList<>();
        Flakiness flakiness = new Flakiness();
        boolean stopped = false;
        for (int run = 1; run <= repeat; run++) {
            int thisRun = run;
            if (stopped) {
                lessons.forEach(lesson -> results.add(unreached(lesson, thisRun)));
                continue;
            }
            if (repeat > 1) {
                out.println(style.bold("Run " + run + " of " + repeat));
            }
            Set<String> proven = ConcurrentHashMap.newKeySet();
            List<VerifiedLesson> ran = SideBySide.verify(lessons, jobs, failFast, out, (lesson, lessonOut) -> {
                proven.add(lesson.id());
                Verifier verifier = new Verifier(lab.docker(), storage, ownership, force, lab.hostMayRead(), guard, failFast,
                        listener(lessonOut, style), lab::lessonEnvironment);
                return verifyOne(course, lesson, verifier, lessonOut, style, thisRun);
            }, lesson -> unreached(lesson, thisRun));
            ran.stream().filter(result -> proven.contains(result.result().lesson()))
                    .forEach(result -> flakiness.add(result.result()));
            results.addAll(ran);
            stopped = failFast && ran.stream().anyMatch(result -> !result.result().ok());
        }
        if (junitXml != null) {
            JUnitReport.write(results, junitXml);
        }
        if (repeat > 1) {
            flakiness.report(out, style);
        }
        VerifySummary summary = VerifySummary.of(results, lessons.size(),
                lessons.stream().mapToInt(lesson -> lesson.exercises().size()).sum(), repeat);
        boolean ok = results.stream().allMatch(result -> result.result().ok());
        out.println(ok ? style.ok(summary.line()) : style.bad(summary.line()));
        out.flush();
        if (json) {
            PrintWriter document = spec.commandLine().getOut();
            document.println(Json.write(VerifyJson.report(results, summary)));
            document.flush();
        }
        return ok ? ExitCode.OK : ExitCode.NOT_OK;
    }

    /**
     * The lessons named, refusing a folder with no lesson files and two files
     * with one id: a proof of nothing, or of a course lint rejects, must not pass.
     */
    private List<Lesson> lessonsToProve(Course course) {
        List<Lesson> lessons = new ArrayList<>();
        if (references.isEmpty()) {
            lessons.addAll(course.lessons(List.of()));
            if (lessons.isEmpty()) {
                throw nothingToProve(root.settings().lessonsDir().toString());
            }
        }
        for (String reference : references) {
            List<Lesson> found = course.lessons(List.of(reference));
            if (found.isEmpty()) {
                throw nothingToProve(reference);
            }
            lessons.addAll(found);
        }
        LessonLibrary.sharedId(lessons).ifPresent(clash -> {
            throw new BadInput(clash);
        });
        return lessons;
    }

    private static BadInput nothingToProve(String folder) {
        return new BadInput("there are no lesson files (NN-slug.md) in " + Path.of(folder).toAbsolutePath()
                + "; verify has nothing to prove.");
    }

    private VerifiedLesson verifyOne(Course course, Lesson lesson, Verifier verifier, PrintWriter out, Style style, int run) {
        out.println(style.bold(String.format("%02d %s", lesson.number(), lesson.id())) + "  " + Printable.of(lesson.title()));
        out.flush();
        Instant started = Instant.now();
        LessonResult result = verifier.verify(lesson, course.variables(lesson));
        result.cleanupProblems().forEach(problem -> out.println("   " + style.bad("cleanup") + " " + Printable.of(problem)));
        return new VerifiedLesson(result, lesson.file(), run, repeat, started);
    }

    private VerifiedLesson unreached(Lesson lesson, int run) {
        return VerifiedLesson.unreached(lesson, run, repeat, "--fail-fast stopped at an earlier failure");
    }

    /** What a lesson's verifier says goes to that lesson's part of the console. */
    private static Verifier.Listener listener(PrintWriter out, Style style) {
        return new Verifier.Listener() {
            @Override
            public void exercise(ExerciseResult result) {
                print(out, style, result);
            }

            @Override
            public void notice(String sentence) {
                out.println("   " + style.faint(sentence));
                out.flush();
            }
        };
    }

    private static void print(PrintWriter out, Style style, ExerciseResult result) {
        String mark = switch (result.status()) {
            case PASSED -> result.ok() ? style.ok("PASS") : blocksMark(style, result);
            case FAILED -> style.bad("FAIL");
            case NOT_RUN -> style.bad("SKIP");
            case NOT_APPLICABLE -> style.faint("N/A ");
        };
        String title = result.title() + (result.proven().isEmpty() ? "" : " " + result.proven());
        out.printf(Locale.ROOT, "   %s %d %-48s %6.1f s%n", mark, result.number(), Printable.of(title), result.took().toMillis() / 1000.0);
        result.details().forEach(detail -> out.println("        " + Printable.of(detail).replace("\n", "\n        ")));
        out.flush();
    }

    /** The solution passed: FAIL when a block failed, SKIP when --fail-fast left one unproven. */
    private static String blocksMark(Style style, ExerciseResult result) {
        boolean failed = result.blocks().stream().anyMatch(block -> block.status() == ExerciseResult.Status.FAILED);
        return style.bad(failed ? "FAIL" : "SKIP");
    }
}
