package dev.dockerlab.bench;

import dev.dockerlab.AppContext;
import dev.dockerlab.check.Evaluation;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.Ownership;
import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.run.LessonRun;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.shell.ShellResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Check latency: for every exercise of every lesson, brought to its solved
 * state the way verify does, the time to judge its checks in-process (a new
 * Evaluation each time, as the REPL does after a command) against a bash
 * script asking the same questions with the docker CLI. Both answers are
 * compared, so the baseline is known to ask the same questions.
 *
 * <p>Usage: CheckLatencyBench LESSONS_DIR LAB_DIR STATE_DIR IMAGE ITERATIONS OUT.tsv
 */
public final class CheckLatencyBench {

    private CheckLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path lessons = Path.of(args[0]);
        Path lab = Path.of(args[1]);
        Path state = Path.of(args[2]);
        String image = args[3];
        int iterations = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Files.createDirectories(state);
        DockerConnection docker = AppContext.forThisProcess().docker();
        Ownership ledger = Ownership.load(state.resolve("owned.json"));
        List<String> rows = new ArrayList<>();
        rows.add("lesson\texercise\tchecks\tdockerlab_median_ms\tdockerlab_p95_ms\tcli_median_ms\tcli_p95_ms\tagree");
        List<String> perCheck = new ArrayList<>();
        perCheck.add("family\tdockerlab_ms\tcli_ms");
        PrintStream log = System.err;
        for (Lesson lesson : LessonLibrary.load(lessons, new Variables(lab.toString(), image, "")).lessons()) {
            Variables variables = new Variables(lab.toString(), image, lesson.id());
            Shell shell = new Shell(variables);
            LessonRun lessonRun = new LessonRun(docker, ledger, lesson, variables);
            LessonRun.Outcome cleared = lessonRun.clear(false);
            if (cleared.wasRefused()) {
                log.println("skip " + lesson.id() + ": objects that are not dockerlab's exist: " + cleared.refused());
                continue;
            }
            try {
                for (Exercise exercise : lesson.exercises()) {
                    run(shell, exercise.setup());
                    run(shell, exercise.solution());
                    lessonRun.recordAppeared();
                    rows.add(measure(docker, shell, image, lesson, exercise, iterations, lab));
                    perCheck.addAll(measureEach(docker, shell, image, exercise, Math.max(1, iterations / 4), lab));
                    log.println(rows.get(rows.size() - 1));
                }
            } finally {
                lessonRun.finish(cleanup -> log.println("cleanup of " + lesson.id() + " failed: " + cleanup.lastLines(3)));
            }
        }
        Files.write(out, rows);
        Files.write(out.resolveSibling(out.getFileName().toString().replace(".tsv", "-per-check.tsv")), perCheck);
        docker.close();
    }

    private static void run(Shell shell, Script script) {
        if (script != null) {
            ShellResult result = shell.script("a script", script.body());
            if (!result.succeeded()) {
                throw new IllegalStateException("script failed: " + result.lastLines(3));
            }
        }
    }

    private static String measure(DockerConnection docker, Shell shell, String image, Lesson lesson, Exercise exercise,
                                  int iterations, Path lab) throws IOException, InterruptedException {
        List<Assertion> assertions = exercise.checks().stream().map(CheckLine::assertion).toList();
        List<String> typed = exercise.solution().body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Path typedFile = Files.createTempFile("typed", ".txt");
        Files.write(typedFile, typed);
        StringBuilder script = new StringBuilder("cd " + ShellQuote.q(lab.toString()) + "\nexport LAB=" + ShellQuote.q(lab.toString())
                + " IMAGE=" + ShellQuote.q(image) + " LESSON=" + ShellQuote.q(lesson.id()) + "\n");
        for (Assertion assertion : assertions) {
            script.append("( ").append(CliEquivalent.of(assertion, typedFile.toString())).append(" ) >/dev/null 2>&1 && echo P || echo F\n");
        }
        Path cliScript = Files.createTempFile("checks", ".sh");
        Files.writeString(cliScript, script);

        double[] ours = new double[iterations];
        double[] theirs = new double[iterations];
        String ourAnswers = "";
        String cliAnswers = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            List<Verdict> verdicts;
            try (Evaluation evaluation = new Evaluation(docker, shell, image, true, typed)) {
                verdicts = evaluation.evaluateAll(assertions);
            }
            ours[i] = (System.nanoTime() - start) / 1e6;
            ourAnswers = verdicts.stream().map(verdict -> verdict.passed() ? "P" : "F").reduce("", String::concat);

            start = System.nanoTime();
            Process bash = new ProcessBuilder("bash", cliScript.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes());
            bash.waitFor(120, TimeUnit.SECONDS);
            theirs[i] = (System.nanoTime() - start) / 1e6;
            cliAnswers = output.replace("\n", "");
        }
        Files.delete(typedFile);
        Files.delete(cliScript);
        return String.join("\t", lesson.id(), String.valueOf(exercise.number()), String.valueOf(assertions.size()),
                ms(percentile(ours, 50)), ms(percentile(ours, 95)), ms(percentile(theirs, 50)), ms(percentile(theirs, 95)),
                ourAnswers.equals(cliAnswers) ? "yes" : "NO " + ourAnswers + " vs " + cliAnswers);
    }

    /** Each check alone, in a fresh evaluation, against its CLI snippet alone: "family, ms, ms" rows. */
    private static List<String> measureEach(DockerConnection docker, Shell shell, String image, Exercise exercise,
                                            int iterations, Path lab) throws IOException, InterruptedException {
        List<String> typed = exercise.solution().body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Path typedFile = Files.createTempFile("typed", ".txt");
        Files.write(typedFile, typed);
        List<String> rows = new ArrayList<>();
        for (CheckLine check : exercise.checks()) {
            double[] ours = new double[iterations];
            double[] theirs = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                try (Evaluation evaluation = new Evaluation(docker, shell, image, true, typed)) {
                    evaluation.evaluate(check.assertion());
                }
                ours[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                Process bash = new ProcessBuilder("bash", "-c", "cd " + ShellQuote.q(lab.toString()) + " && ( "
                        + CliEquivalent.of(check.assertion(), typedFile.toString()) + " )")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                bash.waitFor(120, TimeUnit.SECONDS);
                theirs[i] = (System.nanoTime() - start) / 1e6;
            }
            rows.add(CheckFamily.of(check.assertion()) + "\t" + ms(percentile(ours, 50)) + "\t" + ms(percentile(theirs, 50)));
        }
        Files.delete(typedFile);
        return rows;
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
