package dev.dockerlab.verify;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The JUnit XML that CI systems read: a testsuite per lesson, a testcase per
 * exercise and per alternative or mistake block, failures with the failing assertion and what was observed, and
 * "not applicable" lessons as skipped with the reason.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static void write(List<LessonResult> lessons, Path file) throws IOException {
        dev.dockerlab.progress.AtomicFile.write(file, render(lessons));
    }

    static String render(List<LessonResult> lessons) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dockerlab verify");
            xml.writeAttribute("tests", String.valueOf(lessons.stream().mapToLong(JUnitReport::cases).sum()));
            xml.writeAttribute("failures", String.valueOf(lessons.stream().mapToLong(JUnitReport::failures).sum()));
            for (LessonResult lesson : lessons) {
                suite(xml, lesson);
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

    /** A case per exercise and per alternative or mistake block, and one for cleanup when it failed. */
    private static long cases(LessonResult lesson) {
        return lesson.exercises().size() + lesson.exercises().stream().mapToLong(result -> result.blocks().size()).sum()
                + (lesson.cleanupProblems().isEmpty() ? 0 : 1);
    }

    private static long failures(LessonResult lesson) {
        long exercises = lesson.exercises().stream().filter(result -> !result.solutionOk()).count();
        long blocks = lesson.exercises().stream().flatMap(result -> result.blocks().stream())
                .filter(block -> block.status() == ExerciseResult.Status.FAILED).count();
        return exercises + blocks + (lesson.cleanupProblems().isEmpty() ? 0 : 1);
    }

    private static long skipped(LessonResult lesson) {
        long exercises = lesson.exercises().stream().filter(result -> result.status() == ExerciseResult.Status.NOT_APPLICABLE).count();
        long blocks = lesson.exercises().stream().flatMap(result -> result.blocks().stream())
                .filter(block -> block.status() == ExerciseResult.Status.NOT_RUN).count();
        return exercises + blocks;
    }

    private static void suite(XMLStreamWriter xml, LessonResult lesson) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", lesson.lesson());
        xml.writeAttribute("tests", String.valueOf(cases(lesson)));
        xml.writeAttribute("failures", String.valueOf(failures(lesson)));
        xml.writeAttribute("skipped", String.valueOf(skipped(lesson)));
        xml.writeAttribute("time", seconds(lesson.took()));
        for (ExerciseResult exercise : lesson.exercises()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", lesson.lesson());
            xml.writeAttribute("name", exercise.number() + " " + exercise.title());
            xml.writeAttribute("time", seconds(exercise.took()));
            switch (exercise.status()) {
                case FAILED, NOT_RUN -> problem(xml, "failure", exercise.solutionDetails());
                case NOT_APPLICABLE -> problem(xml, "skipped", exercise.solutionDetails());
                case PASSED -> { }
            }
            xml.writeEndElement();
            for (BlockResult block : exercise.blocks()) {
                block(xml, lesson, exercise, block);
            }
        }
        if (!lesson.cleanupProblems().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", lesson.lesson());
            xml.writeAttribute("name", "cleanup");
            xml.writeAttribute("time", "0");
            problem(xml, "failure", lesson.cleanupProblems());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void block(XMLStreamWriter xml, LessonResult lesson, ExerciseResult exercise, BlockResult block)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", lesson.lesson());
        xml.writeAttribute("name", xmlText(exercise.number() + " " + exercise.title() + " / " + block.caseName()));
        xml.writeAttribute("time", seconds(block.took()));
        switch (block.status()) {
            case FAILED -> problem(xml, "failure", block.problems());
            case NOT_RUN, NOT_APPLICABLE -> problem(xml, "skipped", block.problems());
            case PASSED -> { }
        }
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String element, List<String> details) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", xmlText(details.isEmpty() ? element : details.get(0)));
        xml.writeCharacters(xmlText(String.join("\n", details)));
        xml.writeEndElement();
    }

    /** A script's stderr may hold colour codes and other control characters that XML 1.0 cannot carry. */
    static String xmlText(String text) {
        return text.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.3f", took.toNanos() / 1e9);
    }
}
