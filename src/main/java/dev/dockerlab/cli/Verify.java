package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.docker.StorageDriver;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.output.Style;
import dev.dockerlab.verify.BlockResult;
import dev.dockerlab.verify.ExerciseResult;
import dev.dockerlab.verify.JUnitReport;
import dev.dockerlab.verify.LessonResult;
import dev.dockerlab.verify.Printable;
import dev.dockerlab.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The maintainers' proof: every solution passes its checks, and the checks fail before it. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove lessons on the real daemon: solutions pass their checks, and the checks fail before.",
                "For each exercise: run setup, require a failing check, run the solution, require every check"
                        + " to pass; then prove its alternative and mistake blocks, each from the exercise's start;"
                        + " then run cleanup and remove the lesson's objects, also after a failure.",
                "Exits 0 only when everything passed (not applicable counts as passed)."})
public final class Verify implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON|PATH", description = "Lesson ids, lesson files or lesson folders (default: every lesson).")
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

    public Verify(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new BadInput("--repeat takes a number of runs, 1 or more.");
        }
        Course course = new Course(root.settings());
        List<Lesson> lessons = lessonsToProve(course);
        PrintWriter out = spec.commandLine().getOut();
        Style style = new Style(root.settings().color());
        Lab lab = Lab.open(context, root.settings(), out);
        StorageDriver storage = lab.storage();
        Ownership ownership = lab.ownership();
        Verifier verifier = new Verifier(lab.docker(), storage, ownership, force, lab.hostMayRead(), failFast,
                result -> print(out, style, result));
        List<LessonResult> results = new ArrayList<>();
        Flakiness flakiness = new Flakiness();
        for (int run = 1; run <= repeat; run++) {
            if (repeat > 1) {
                out.println(style.bold("Run " + run + " of " + repeat));
            }
            List<LessonResult> thisRun = runOnce(course, lessons, verifier, out, style);
            thisRun.forEach(flakiness::add);
            int number = run;
            results.addAll(repeat > 1 ? thisRun.stream().map(result -> result.inRun(number)).toList() : thisRun);
            if (failFast && thisRun.stream().anyMatch(result -> !result.ok())) {
                break;
            }
        }
        if (junitXml != null) {
            JUnitReport.write(results, junitXml);
        }
        if (repeat > 1) {
            flakiness.report(out, style);
        }
        return summary(out, style, results);
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

    private List<LessonResult> runOnce(Course course, List<Lesson> lessons, Verifier verifier, PrintWriter out, Style style) {
        List<LessonResult> results = new ArrayList<>();
        for (Lesson lesson : lessons) {
            out.println(style.bold(String.format("%02d %s", lesson.number(), lesson.id())) + "  " + Printable.of(lesson.title()));
            out.flush();
            LessonResult result = verifier.verify(lesson, course.variables(lesson));
            result.cleanupProblems().forEach(problem -> out.println("   " + style.bad("cleanup") + " " + Printable.of(problem)));
            results.add(result);
            if (failFast && !result.ok()) {
                break;
            }
        }
        return results;
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

    private static int summary(PrintWriter out, Style style, List<LessonResult> results) {
        long exercises = results.stream().mapToLong(result -> result.exercises().size()).sum();
        long passed = count(results, ExerciseResult.Status.PASSED);
        long notApplicable = count(results, ExerciseResult.Status.NOT_APPLICABLE);
        long failedLessons = results.stream().filter(result -> !result.ok()).count();
        String line = String.format(Locale.ROOT, "%d lessons, %d exercises: %d passed, %d failed%s%s", results.size(),
                exercises, passed, exercises - passed - notApplicable,
                notApplicable == 0 ? "" : ", " + notApplicable + " not applicable", blocksSummary(results));
        out.println(failedLessons == 0 ? style.ok(line) : style.bad(line));
        out.flush();
        return failedLessons == 0 ? ExitCode.OK : ExitCode.NOT_OK;
    }

    private static long count(List<LessonResult> results, ExerciseResult.Status status) {
        return results.stream().flatMap(result -> result.exercises().stream())
                .filter(result -> result.status() == status && (status != ExerciseResult.Status.PASSED || result.ok())).count();
    }

    /** {@code ; 6 blocks: 5 passed, 1 failed}, counting the alternative and mistake blocks that ran; empty when none did. */
    private static String blocksSummary(List<LessonResult> results) {
        List<BlockResult> ran = results.stream().flatMap(result -> result.exercises().stream())
                .flatMap(result -> result.blocks().stream()).filter(BlockResult::ran).toList();
        if (ran.isEmpty()) {
            return "";
        }
        long passed = ran.stream().filter(BlockResult::ok).count();
        return String.format(Locale.ROOT, "; %d %s: %d passed, %d failed", ran.size(), ran.size() == 1 ? "block" : "blocks",
                passed, ran.size() - passed);
    }
}
