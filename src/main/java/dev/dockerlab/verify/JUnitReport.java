package dev.dockerlab.verify;

import dev.dockerlab.model.Judged;
import dev.dockerlab.progress.AtomicFile;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JUnit XML that CI systems read (the shape of the common JUnit schema:
 * testsuites, a testsuite per lesson and run, a testcase per exercise and per
 * alternative or mistake block, each with at most one failure or skipped
 * child). A failure's message names what failed and where, as FILE:LINE; its
 * text holds the whole story. Whatever was not run (after a failure, under
 * --fail-fast, on a daemon the lesson does not apply to) is skipped with the
 * reason, so every run of a course reports the same cases.
 * Every finding of verify is a failure of the lesson under proof, so
 * {@code errors} is 0: a daemon that stops answering ends verify with one
 * sentence instead of a report.
 */
public final class JUnitReport {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private JUnitReport() {
    }

    public static void write(List<VerifiedLesson> lessons, Path file) throws IOException {
        AtomicFile.write(file, render(lessons, hostname()));
    }

    /** A test case and how it ended: {@code outcome} is empty when it passed. */
    private record Case(String name, Path file, Duration took, Optional<Outcome> outcome) {
    }

    /** A {@code failure} or {@code skipped} child, with a one-line message and the details. */
    private record Outcome(String element, String message, List<String> details) {
    }

    private record Suite(VerifiedLesson lesson, List<Case> cases) {

        long count(String element) {
            return cases.stream().filter(test -> test.outcome().map(Outcome::element).orElse("").equals(element)).count();
        }
    }

    static String render(List<VerifiedLesson> lessons, String hostname) {
        List<Suite> suites = lessons.stream().map(lesson -> new Suite(lesson, cases(lesson))).toList();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dockerlab verify");
            counts(xml, suites);
            xml.writeAttribute("time", seconds(suites.stream().map(suite -> suite.lesson().result().took())
                    .reduce(Duration.ZERO, Duration::plus)));
            xml.writeAttribute("timestamp", timestamp(lessons.stream().map(VerifiedLesson::started)
                    .min(Comparator.naturalOrder()).orElse(Instant.now())));
            for (Suite suite : suites) {
                suite(xml, suite, hostname);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.append('\n').toString();
    }

    private static void counts(XMLStreamWriter xml, List<Suite> suites) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(suites.stream().mapToLong(suite -> suite.cases().size()).sum()));
        xml.writeAttribute("failures", String.valueOf(suites.stream().mapToLong(suite -> suite.count("failure")).sum()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(suites.stream().mapToLong(suite -> suite.count("skipped")).sum()));
    }

    private static void suite(XMLStreamWriter xml, Suite suite, String hostname) throws XMLStreamException {
        VerifiedLesson lesson = suite.lesson();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlText(lesson.name()));
        counts(xml, List.of(suite));
        xml.writeAttribute("time", seconds(lesson.result().took()));
        xml.writeAttribute("timestamp", timestamp(lesson.started()));
        xml.writeAttribute("hostname", xmlText(hostname));
        xml.writeAttribute("file", xmlText(lesson.file().toString()));
        for (Case test : suite.cases()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", xmlText(lesson.name()));
            xml.writeAttribute("name", xmlText(test.name()));
            xml.writeAttribute("file", xmlText(test.file().toString()));
            xml.writeAttribute("time", seconds(test.took()));
            if (test.outcome().isPresent()) {
                Outcome outcome = test.outcome().get();
                xml.writeStartElement(outcome.element());
                xml.writeAttribute("message", xmlText(outcome.message()));
                xml.writeCharacters(xmlText(String.join("\n", outcome.details())));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** A case per exercise, followed by one per alternative or mistake block; one for cleanup when it failed. */
    private static List<Case> cases(VerifiedLesson lesson) {
        List<Case> cases = new ArrayList<>();
        for (ExerciseResult exercise : lesson.result().exercises()) {
            String name = exercise.number() + " " + exercise.title();
            cases.add(new Case(name, lesson.file(), exercise.took(), exerciseOutcome(exercise, lesson.file())));
            for (BlockResult block : exercise.blocks()) {
                cases.add(new Case(name + " / " + block.caseName(), lesson.file(), block.took(), blockOutcome(block)));
            }
        }
        List<String> cleanup = lesson.result().cleanupProblems();
        if (!cleanup.isEmpty()) {
            cases.add(new Case("cleanup", lesson.file(), Duration.ZERO,
                    Optional.of(new Outcome("failure", firstLine(cleanup.get(0)), cleanup))));
        }
        return cases;
    }

    private static Optional<Outcome> exerciseOutcome(ExerciseResult exercise, Path file) {
        List<String> details = exercise.solutionDetails();
        return switch (exercise.status()) {
            case PASSED -> Optional.empty();
            case NOT_RUN, NOT_APPLICABLE -> Optional.of(new Outcome("skipped", firstLine(details.get(0)), details));
            case FAILED -> Optional.of(new Outcome("failure", failureMessage(exercise, file), details));
        };
    }

    /**
     * The first check that fails after the solution, by FILE:LINE with what
     * was observed; else the first problem (a script that stopped, by the
     * command it stopped at; a vacuous check, by the first check's FILE:LINE).
     */
    private static String failureMessage(ExerciseResult exercise, Path file) {
        List<Judged> failing = exercise.checks().failing();
        List<String> problems = exercise.problems();
        if (failing.isEmpty()) {
            String first = firstLine(problems.isEmpty() ? "failed" : problems.get(0));
            // a problem that introduces a list ("vacuous check: ... proves nothing:") is named with its first item
            return first.endsWith(":") && problems.size() > 1 ? first + " " + firstLine(problems.get(1)) : first;
        }
        Judged first = failing.get(0);
        return "after the solution, " + failing.size() + " of " + exercise.checks().total() + " checks fail; "
                + file + ":" + first.check().line() + ": " + first.check().assertion().sentence()
                + "; observed: " + firstLine(first.verdict().orElseThrow().observed());
    }

    private static Optional<Outcome> blockOutcome(BlockResult block) {
        return switch (block.status()) {
            case PASSED -> Optional.empty();
            case FAILED -> Optional.of(new Outcome("failure", blockMessage(block), block.problems()));
            case NOT_RUN, NOT_APPLICABLE -> Optional.of(new Outcome("skipped", blockMessage(block), block.problems()));
        };
    }

    /** "the mistake 'x' passes every check: ... (lessons/04-x.md:41)" */
    private static String blockMessage(BlockResult block) {
        String first = block.problems().isEmpty() ? block.caseName() : firstLine(block.problems().get(0));
        return (first.endsWith(":") ? first.substring(0, first.length() - 1) : first) + " (" + block.where() + ")";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    /** A script's stderr may hold colour codes and other control characters that XML 1.0 cannot carry. */
    static String xmlText(String text) {
        return text.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.3f", took.toNanos() / 1e9);
    }

    /** Local time without a zone, to the second, as the schema's xs:dateTime and the CI tools read it. */
    private static String timestamp(Instant when) {
        return TIMESTAMP.format(LocalDateTime.ofInstant(when, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "localhost";
        }
    }
}
