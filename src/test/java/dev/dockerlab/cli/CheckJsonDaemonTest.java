package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `check --json`: the checklist judged on the daemon, in the schema docs/JSON.md documents. */
@DaemonTest
class CheckJsonDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private Path lesson;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        daemon.owns("container", "dlfx-pass-web").owns("volume", "dlfx-pass-data");
        dockerlab = new CliRun(home, daemon::connection);
        lesson = CliRun.fixture("passing").resolve("01-passing.md");
    }

    @Test
    void theChecklistIsWrittenWithEveryDocumentedFieldAndNoOther() throws Exception {
        CliRun.Result run = dockerlab.run("check", "--json", lesson.toString(), "2");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        JsonNode report = JsonSchemaDocs.parse(run.out());
        assertThat(JsonSchemaDocs.fields(report)).isEqualTo(JsonSchemaDocs.fields(JsonSchemaDocs.example("check")));
        assertThat(report.get("schema").asText()).isEqualTo("dockerlab/check/1");
        assertThat(report.get("lesson").asText()).isEqualTo("passing");
        assertThat(report.get("exercise").asInt()).isEqualTo(2);
        assertThat(report.get("done").asBoolean()).isFalse();
        JsonNode checks = report.get("checks");
        assertThat(checks).hasSize(3);
        assertThat(checks.get(0).get("file").asText()).isEqualTo(lesson.toString());
        assertThat(checks.get(0).get("lineNumber").asInt()).isEqualTo(37);
        assertThat(checks.get(0).get("line").asText()).isEqualTo("volume dlfx-pass-data file index.html contains \"Hello fixture\"");
        assertThat(checks.get(0).get("passed").asBoolean()).isFalse();
        assertThat(checks.get(0).get("observed").asText()).isNotBlank();
        assertThat(checks.get(2).get("status").asText()).isEqualTo("not_judged");
        assertThat(checks.get(2).get("passed").isNull()).isTrue();
    }

    @Test
    void aCheckThatHoldsIsPassedAndTheExitStatusSaysSo() throws Exception {
        daemon.sh("docker run -d --name dlfx-pass-web --label dev.dockerlab.test=fixture " + daemon.labImage()
                + " httpd -f -p 80 -h /srv/www");

        CliRun.Result run = dockerlab.run("check", "--json", lesson.toString(), "1");

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonSchemaDocs.parse(run.out());
        assertThat(report.get("done").asBoolean()).isTrue();
        assertThat(report.get("checks").get(0).get("status").asText()).isEqualTo("passed");
        assertThat(report.get("checks").get(0).get("passed").asBoolean()).isTrue();
        assertThat(report.get("summary").asText()).isEqualTo("All 2 checks pass: exercise 1 is done.");
    }
}
