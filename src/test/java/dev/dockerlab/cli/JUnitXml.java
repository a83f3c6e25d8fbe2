package dev.dockerlab.cli;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JUnit report as CI tools read it: valid against the common schema's shape
 * (src/test/resources/junit/junit.xsd), with counts that agree with its cases.
 */
final class JUnitXml {

    private final Document xml;

    private JUnitXml(Document xml) {
        this.xml = xml;
    }

    /** Reads the report, failing the test when it does not have the shape or its counts do not add up. */
    static JUnitXml read(Path report) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit/junit.xsd").toFile())
                .newValidator().validate(new StreamSource(report.toFile()));
        JUnitXml read = new JUnitXml(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()));
        read.countsAddUp(read.root());
        read.elements("testsuite").forEach(read::countsAddUp);
        return read;
    }

    Element root() {
        return xml.getDocumentElement();
    }

    List<Element> elements(String tag) {
        return elements(root(), tag);
    }

    /** The test case of that name; its child says how it ended. */
    Element testcase(String name) {
        return elements("testcase").stream().filter(test -> test.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + name + " in " + names()));
    }

    /** The {@code failure} or {@code skipped} child of a case, or null when it passed. */
    static Element outcome(Element testcase) {
        List<Element> children = new ArrayList<>(elements(testcase, "failure"));
        children.addAll(elements(testcase, "skipped"));
        return children.isEmpty() ? null : children.get(0);
    }

    List<String> names() {
        return elements("testcase").stream().map(test -> test.getAttribute("name")).toList();
    }

    private void countsAddUp(Element element) {
        assertThat(element.getAttribute("tests")).as("tests of " + element.getAttribute("name"))
                .isEqualTo(String.valueOf(elements(element, "testcase").size()));
        for (String outcome : new String[] {"failure", "skipped", "error"}) {
            String attribute = outcome.equals("failure") ? "failures" : outcome.equals("error") ? "errors" : outcome;
            assertThat(element.getAttribute(attribute)).as(attribute + " of " + element.getAttribute("name"))
                    .isEqualTo(String.valueOf(elements(element, outcome).size()));
        }
    }

    private static List<Element> elements(Element within, String tag) {
        NodeList nodes = within.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
