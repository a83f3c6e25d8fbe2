package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** verify proves an exercise's alternative and mistake blocks, each from the state its solution started from. */
@DaemonTest
class VerifyBlocksDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-blk-web").owns("container", "dlfx-blkw-web");
        daemon.owns("volume", "dlfx-blk-data").owns("volume", "dlfx-blkw-data");
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void alternativesTheChecksAcceptAndMistakesTheyCatchPassFromEachExercisesStart() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("blocks").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .containsPattern("PASS 1 Keep the data in a volume \\(solution, 1 alternative, 1 mistake\\) +\\d+\\.\\d s")
                .containsPattern("PASS 2 Put the page into the volume \\(solution, 1 alternative, 1 mistake\\)")
                .contains("1 lesson, 2 exercises: 2 passed, 0 failed; 4 blocks: 4 passed, 0 failed");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'; docker volume ls -q")).doesNotContain("dlfx-blk-");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        assertThat(caseNames(xml)).containsExactly(
                "1 Keep the data in a volume",
                "1 Keep the data in a volume / alternative: --mount instead of -v",
                "1 Keep the data in a volume / mistake: an anonymous volume",
                "2 Put the page into the volume",
                "2 Put the page into the volume / alternative: docker cp \"$LAB/page.txt\" dlfx-blk-web:/data/page.txt",
                "2 Put the page into the volume / mistake: writes the page into the container, not the volume");
        assertThat(((Element) xml.getElementsByTagName("testsuites").item(0)).getAttribute("tests")).isEqualTo("6");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void blocksTheChecksCannotTellApartFailVerifyNamingEachBlockAndItsLine() throws Exception {
        Path report = home.resolve("report.xml");
        Path file = CliRun.fixture("blocks-wrong").resolve("01-blocks-wrong.md");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("blocks-wrong").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).as(run.all())
                .containsPattern("FAIL 1 Keep the data in a volume \\(solution, 1 alternative, 5 mistakes\\)")
                .contains("the alternative 'a valid way the checks reject' fails 1 of 1 checks: "
                                + "the checks reject another valid way:",
                        "at " + file + ":30",
                        "the mistake 'stops the server, which the checks do not see' passes every check: "
                                + "the checks do not tell it from the solution",
                        "at " + file + ":34",
                        "after the mistake 'an anonymous volume, hinted wrongly', /hint gives the hint at line 18, "
                                + "without \"Use a bind mount\" (hint=): \"Name the volume: -v dlfx-blkw-data:/data.\"",
                        "at " + file + ":39",
                        "the mistake 'an anonymous volume, pinned to the wrong check' is caught, but by no check with "
                                + "\"is running\" (fails=); the checks that fail:\n",
                        "at " + file + ":43",
                        "the mistake 'stops half-way' stopped: its script exited with status 1",
                        "(a command meant to fail is written 'cmd || true')",
                        "at " + file + ":47",
                        "1 lesson, 1 exercise: 0 passed, 1 failed; 6 blocks: 1 passed, 5 failed")
                .doesNotContain("the mistake 'an anonymous volume' passes", "at " + file + ":26");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'; docker volume ls -q")).doesNotContain("dlfx-blkw-");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(5);
        Element uncaught = (Element) failures.item(1).getParentNode();
        assertThat(uncaught.getAttribute("name"))
                .isEqualTo("1 Keep the data in a volume / mistake: stops the server, which the checks do not see");
        assertThat(((Element) failures.item(1)).getAttribute("message")).startsWith("the mistake 'stops the server");
    }

    @Test
    void failFastStopsAtTheFirstBlockThatFails() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", "--fail-fast", CliRun.fixture("blocks-wrong").toString(),
                CliRun.fixture("blocks").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).as(run.all())
                .contains("fails 1 of 1 checks",
                        "the mistake 'stops the server, which the checks do not see' was not run: "
                                + "--fail-fast stopped at an earlier failure",
                        "2 lessons, 3 exercises: 0 passed, 1 failed, 2 not run; 2 blocks: 1 passed, 1 failed")
                .doesNotContain("passes every check", "01 blocks ");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        // 4 blocks of the lesson it stopped in, and the lesson it did not reach: 2 exercises and 4 blocks
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(10);
    }

    @Test
    void repeatProvesTheBlocksInEveryRun() {
        CliRun.Result run = dockerlab.run("verify", "--repeat", "2", CliRun.fixture("blocks-wrong").toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).as(run.all())
                .contains("Run 2 of 2", "No flaky exercise in 1 exercise.",
                        "1 lesson, 1 exercise, 2 runs each: 0 passed, 2 failed; 12 blocks: 2 passed, 10 failed");
        assertThat(run.out().split("passes every check: the checks do not tell it from the solution", -1)).hasSize(3);
    }

    private static List<String> caseNames(Document xml) {
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        return names;
    }
}
