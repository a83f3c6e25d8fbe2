package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify plants a run's ${TOKEN} through setup, records the start after it,
 * and judges with both: the real backup passes, notes typed again fail, and
 * the failure is named by the check's plain words on the console and in JUnit.
 */
@DaemonTest
class TokenVerifyDaemonTest {

    @TempDir
    Path home;

    @Test
    void onlyTheRealBackupBringsTheTokenBack(TestDaemon daemon) throws Exception {
        daemon.labImage();
        daemon.owns("volume", "dlfx-tok-data").owns("volume", "dlfx-tok-again");
        CliRun dockerlab = new CliRun(home, daemon::connection);
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", CliRun.fixture("token").toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).containsPattern("01 token-restore .*\\n.*PASS 1 Restore the notes")
                .contains("FAIL 1 Restore the notes", "after the solution, 1 of 2 checks fail:",
                        ": the notes came back from the backup\n")
                .containsPattern("observed: volume dlfx-tok-again file /notes.txt does not contain \"[0-9a-f]{16}\"; it says: \"notes\"")
                .doesNotContain("${TOKEN}");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).contains("the notes came back from the backup");
        assertThat(daemon.sh("docker volume ls -q")).doesNotContain("dlfx-tok");
    }
}
