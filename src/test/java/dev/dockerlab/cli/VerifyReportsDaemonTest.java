package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify's reports for CI: a JUnit XML of the common schema's shape whose
 * failures say what failed and where, whose skipped cases are what did not
 * run, and a summary that counts runs.
 */
@DaemonTest
class VerifyReportsDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-midway").owns("container", "dlfx-pass-web").owns("container", "dlfx-wrong");
        daemon.owns("volume", "dlfx-pass-data");
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void aSolutionThatStopsIsNamedByItsCommandAndWhatItLeftUnrunIsSkipped() throws Exception {
        Path report = home.resolve("report.xml");
        Path lesson = CliRun.fixture("stops-midway").resolve("01-stops-midway.md");

        CliRun.Result run = dockerlab.run("verify", "--fail-fast", CliRun.fixture("stops-midway").toString(),
                CliRun.fixture("passing").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        String stopped = "the solution script exited with status 1 at " + lesson + ":21, on: cp \"$LAB/no-such-page.html\" \"$LAB/copy.html\"";
        assertThat(run.out()).as(run.all())
                .contains(stopped, "cannot stat", "SKIP 2 Keep it running",
                        "2 lessons, 4 exercises: 0 passed, 1 failed, 3 not run")
                .doesNotContain("dockerlab: script stopped", "01 passing");

        JUnitXml xml = JUnitXml.read(report);
        assertThat(xml.names()).containsExactly(
                "1 Start a server", "1 Start a server / alternative: started in two steps",
                "2 Keep it running", "2 Keep it running / mistake: stops it",
                "1 Start a server", "2 Keep a file in a volume");
        Element failure = JUnitXml.outcome(xml.testcase("1 Start a server"));
        assertThat(failure.getTagName()).isEqualTo("failure");
        assertThat(failure.getAttribute("message")).isEqualTo(stopped);
        assertThat(failure.getTextContent()).contains("cannot stat").doesNotContain("not reached");
        assertThat(JUnitXml.outcome(xml.testcase("1 Start a server / alternative: started in two steps")))
                .satisfies(skipped -> assertThat(skipped.getTagName()).isEqualTo("skipped"))
                .satisfies(skipped -> assertThat(skipped.getAttribute("message")).isEqualTo(
                        "the alternative 'started in two steps' was not run: the solution failed (" + lesson + ":26)"));
        assertThat(JUnitXml.outcome(xml.testcase("2 Keep it running")).getAttribute("message"))
                .isEqualTo("not run: an earlier exercise of this lesson failed");
        assertThat(JUnitXml.outcome(xml.testcase("2 Keep a file in a volume")).getAttribute("message"))
                .isEqualTo("not run: --fail-fast stopped at an earlier failure");
        assertThat(xml.root().getAttribute("failures")).isEqualTo("1");
        assertThat(xml.root().getAttribute("skipped")).isEqualTo("5");

        Element suite = xml.elements("testsuite").get(0);
        assertThat(suite.getAttribute("file")).isEqualTo(lesson.toString());
        assertThat(suite.getAttribute("hostname")).isNotBlank();
        assertThat(xml.elements("testsuite").get(1).getAttribute("name")).isEqualTo("passing");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-midway");
    }

    @Test
    void aFailingCheckIsTheFailuresMessageByItsFileAndLine() throws Exception {
        Path report = home.resolve("report.xml");
        Path lesson = CliRun.fixture("wrong-solution").resolve("01-wrong-solution.md");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("wrong-solution").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        Element failure = JUnitXml.outcome(JUnitXml.read(report).testcase("1 Keep a server running"));
        assertThat(failure.getAttribute("message"))
                .startsWith("after the solution, 1 of 1 checks fail; " + lesson + ":12: container dlfx-wrong is running; observed: ")
                .contains("exited");
    }

    @Test
    void aRepeatedVerifyCountsItsRuns() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", "--repeat", "2", CliRun.fixture("passing").toString(),
                "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1 lesson, 2 exercises, 2 runs each: 4 passed, 0 failed");
        JUnitXml xml = JUnitXml.read(report);
        assertThat(xml.elements("testsuite")).extracting(suite -> suite.getAttribute("name"))
                .containsExactly("passing (run 1)", "passing (run 2)");
        assertThat(xml.root().getAttribute("tests")).isEqualTo("4");
    }
}
