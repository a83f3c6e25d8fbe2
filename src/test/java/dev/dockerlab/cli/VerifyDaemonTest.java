package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class VerifyDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        for (String name : new String[] {"dlfx-pass-web", "dlfx-vacuous", "dlfx-wrong", "dlfx-broken", "dlfx-crash", "dlfx-flaky"}) {
            daemon.owns("container", name);
        }
        daemon.owns("volume", "dlfx-pass-data");
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void aPassingLessonPassesAndLeavesNothingBehind() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("passing").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("01 passing  A lesson that passes")
                .containsPattern("PASS 1 Start a server +\\d+\\.\\d s")
                .containsPattern("PASS 2 Keep a file in a volume +\\d+\\.\\d s")
                .contains("1 lesson, 2 exercises: 2 passed, 0 failed");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'; docker volume ls -q")).doesNotContain("dlfx-pass");
        assertThat(dockerlab.lab().resolve("site")).doesNotExist();
        assertThat(dockerlab.lab().resolve("cleanup.marker")).hasContent("cleanup ran for passing");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("passing");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("2 Keep a file in a volume");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void aCheckThatPassesBeforeTheSolutionIsReportedAsVacuous() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("vacuous").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("FAIL 1 Nothing to do",
                "vacuous check: every check already passes before the solution runs, so it proves nothing:",
                "image " + daemon.labImage() + " exists", "1 lesson, 1 exercise: 0 passed, 1 failed");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("vacuous check: every check already passes before the solution runs, so it proves nothing: "
                        + CliRun.fixture("vacuous").resolve("01-vacuous.md") + ":14: image "
                        + daemon.labImage() + " exists");
    }

    @Test
    void aWrongSolutionFailsNamingTheAssertionAndTheObservedFact() {
        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("wrong-solution").toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("FAIL 1 Keep a server running", "after the solution, 1 of 1 checks fail:",
                "line 12: container dlfx-wrong is running",
                "observed: container dlfx-wrong exists but exited with code 1");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-wrong");
    }

    @Test
    void aFailingSetupIsReportedAndCleanupStillRuns() {
        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("broken-setup").toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("FAIL 1 Start from a broken state", "the setup script exited with status 3\n            its last lines:",
                "the fixture's setup gives up here");
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-broken");
        assertThat(dockerlab.lab().resolve("cleanup.marker")).hasContent("cleanup ran for broken-setup");
    }

    @Test
    void anObjectThatWasThereBeforeIsNeverRemovedWithoutForce() {
        daemon.sh("docker create --name dlfx-pass-web --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null");
        String before = daemon.sh("docker inspect -f '{{.Id}}' dlfx-pass-web");

        CliRun.Result refused = dockerlab.run("verify", CliRun.fixture("passing").toString());

        assertThat(refused.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(refused.out()).contains("container dlfx-pass-web already exists and dockerlab did not make it; it may be yours.");
        assertThat(daemon.sh("docker inspect -f '{{.Id}}' dlfx-pass-web")).isEqualTo(before);

        CliRun.Result forced = dockerlab.run("verify", CliRun.fixture("passing").toString(), "--force");

        assertThat(forced.status()).as(forced.all()).isEqualTo(ExitCode.OK);
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-pass-web");
    }

    @Test
    void whatAKilledRunMadeIsItsOwnOnTheNextRun() throws Exception {
        Path lab = dockerlab.lab();
        Files.createDirectories(lab);
        ProcessBuilder killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main", "--no-color",
                "verify", CliRun.fixture("crash").toString())
                .redirectErrorStream(true);
        killed.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        killed.environment().put("DOCKERLAB_DIR", lab.toString());
        killed.environment().put("DOCKERLAB_TRUST", "1");
        Process process = killed.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as("the run was killed").isEqualTo(137);
        assertThat(lab.resolve("crashed-once")).exists();
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).contains("dlfx-crash");

        CliRun.Result next = dockerlab.run("verify", CliRun.fixture("crash").toString());

        assertThat(next.status()).as(next.all()).isEqualTo(ExitCode.OK);
        assertThat(daemon.sh("docker ps -a --format '{{.Names}}'")).doesNotContain("dlfx-crash");
    }

    @Test
    void repeatNamesTheExerciseThatPassesOnlySometimes() throws Exception {
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("flaky").toString(), "--repeat", "2", "--junit-xml", report.toString());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("Run 1 of 2", "Run 2 of 2",
                "flaky flaky #1 Start a container that sometimes stays up: failed 1 of 2 runs; first failure: after the solution",
                "1 exercise is flaky.");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        assertThat(((Element) suites.item(1)).getAttribute("name")).isEqualTo("flaky (run 2)");
    }

    @Test
    void repeatOfAStableLessonSaysSo() {
        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("passing").toString(), "--repeat", "2");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("No flaky exercise in 2 exercises.", "1 lesson, 2 exercises, 2 runs each: 4 passed, 0 failed");
    }
}
