package dev.dockerlab.export;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The answer key as an instructor prints it: the whole-course page with
 * solutions, printed to PDF by a real browser (headless Chromium), read back
 * as text (pdftotext). Folded hints and solutions must be on paper, and long
 * command lines whole.
 */
class PrintedHandoutTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String PDFTOTEXT = "/usr/bin/pdftotext";

    @TempDir
    Path dir;

    @Test
    void thePrintedAnswerKeyHoldsEverySolutionAndHintWithLongLinesWhole() throws Exception {
        requireTools();
        List<Lesson> lessons = LessonLibrary.load(Path.of("lessons"), new Variables("${LAB}", "${IMAGE}", "")).lessons();
        Path handouts = dir.resolve("handouts");
        new HtmlExport(true).write(lessons, handouts);

        String printed = squeeze(pdfText(print(handouts.resolve(PageName.COURSE))));

        List<Exercise> exercises = lessons.stream().flatMap(lesson -> lesson.exercises().stream()).toList();
        assertThat(exercises).hasSizeGreaterThan(20);
        for (Exercise exercise : exercises) {
            String firstLine = exercise.solution().body().strip().lines().findFirst().orElseThrow();
            assertThat(printed).as("solution of " + exercise.title()).contains(squeeze(firstLine));
        }
        String longest = lessons.stream().flatMap(lesson -> lesson.exercises().stream())
                .flatMap(exercise -> exercise.solution().body().lines()).max(Comparator.comparingInt(String::length))
                .orElseThrow();
        assertThat(longest.length()).as("a line too long for a printed page").isGreaterThan(110);
        assertThat(printed).as("the longest solution line, wrapped rather than cut").contains(squeeze(longest));
        String hint = lessons.get(3).exercises().get(0).hints().get(0).text().strip().lines().findFirst().orElseThrow();
        assertThat(printed).as("a folded hint").contains(squeeze(hint.replaceAll("[`*]", "")));
    }

    private Path print(Path page) throws IOException, InterruptedException {
        Path pdf = dir.resolve("course.pdf");
        run(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString());
        assertThat(pdf).isNotEmptyFile();
        return pdf;
    }

    private String pdfText(Path pdf) throws IOException, InterruptedException {
        Path text = dir.resolve("course.txt");
        run(PDFTOTEXT, "-enc", "UTF-8", pdf.toString(), text.toString());
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /**
     * Text without blanks and hyphens: a wrapped line reads the same as a
     * whole one (pdftotext drops the hyphen a line was broken after).
     */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s-]+", "");
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).redirectInput(new File("/dev/null")).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within 180 s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("tool.log"))).isZero();
    }

    /** Where the suite must run whole (CI, scripts/test), missing tools fail instead of skipping. */
    private static void requireTools() {
        boolean present = new File(CHROMIUM).canExecute() && new File(PDFTOTEXT).canExecute();
        if (!present && ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null)) {
            throw new AssertionError("chromium or pdftotext is missing; scripts/test installs them (apt-get install chromium poppler-utils)");
        }
        assumeTrue(present, "chromium and pdftotext are not installed");
    }
}
