package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `verify --json`: the results as one document on stdout, in the schema docs/JSON.md documents. */
@DaemonTest
class VerifyJsonDaemonTest {

    @TempDir
    Path home;

    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        daemon.labImage();
        daemon.owns("container", "dlfx-blk-web").owns("volume", "dlfx-blk-data");
        daemon.owns("container", "dlfx-midway").owns("container", "dlfx-pass-web").owns("volume", "dlfx-pass-data");
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void aPassingLessonIsWrittenWithEveryDocumentedFieldAndNoOther() throws Exception {
        CliRun.Result run = dockerlab.run("verify", "--json", CliRun.fixture("blocks").toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonSchemaDocs.parse(run.out());
        assertThat(JsonSchemaDocs.fields(report)).isEqualTo(JsonSchemaDocs.fields(JsonSchemaDocs.example("verify")));
        assertThat(report.get("schema").asText()).isEqualTo("dockerlab/verify/1");
        assertThat(report.get("ok").asBoolean()).isTrue();
        JsonNode lesson = report.get("lessons").get(0);
        assertThat(lesson.get("status").asText()).isEqualTo("passed");
        assertThat(lesson.get("file").asText()).endsWith("01-blocks.md");
        JsonNode exercise = lesson.get("exercises").get(0);
        assertThat(exercise.get("status").asText()).isEqualTo("passed");
        assertThat(exercise.get("checks").get(0).get("status").asText()).isEqualTo("passed");
        assertThat(exercise.get("blocks")).extracting(block -> block.get("kind").asText() + " " + block.get("status").asText())
                .containsExactly("alternative passed", "mistake passed");
        assertThat(report.get("summary").get("passed").asInt()).isEqualTo(2);
        assertThat(report.get("summary").get("blocksPassed").asInt()).isEqualTo(4);
        assertThat(run.err()).as("the progress").contains("PASS 1 Keep the data in a volume");
    }

    @Test
    void whatFailedAndWhatWasNotRunAreSaid() throws Exception {
        Path file = CliRun.fixture("stops-midway").resolve("01-stops-midway.md");

        CliRun.Result run = dockerlab.run("verify", "--json", "--fail-fast", CliRun.fixture("stops-midway").toString(),
                CliRun.fixture("passing").toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        JsonNode report = JsonSchemaDocs.parse(run.out());
        assertThat(report.get("ok").asBoolean()).isFalse();
        JsonNode stopped = report.get("lessons").get(0);
        assertThat(stopped.get("status").asText()).isEqualTo("failed");
        assertThat(stopped.get("exercises").get(0).get("problems").get(0).asText())
                .startsWith("the solution script exited with status 1 at " + file + ":21, on: cp ");
        assertThat(stopped.get("exercises").get(0).get("blocks").get(0).get("status").asText()).isEqualTo("not_run");
        assertThat(stopped.get("exercises").get(1).get("status").asText()).isEqualTo("not_run");
        assertThat(report.get("lessons").get(1).get("status").asText()).isEqualTo("not_run");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("lessons").asInt()).isEqualTo(2);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(summary.get("notRun").asInt()).isEqualTo(3);
    }
}
