package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.AppContext;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `doctor --json` on the real daemon, in the schema docs/JSON.md documents; and with no daemon at all. */
@DaemonTest
class DoctorJsonSchemaTest {

    @TempDir
    Path home;

    @Test
    void aReadyDaemonGivesEveryDocumentedFieldAndNoOther(TestDaemon daemon) throws IOException {
        daemon.labImage();
        StringWriter out = new StringWriter();
        int status = Cli.create(new AppContext(Map.of("DOCKERLAB_DIR", home.resolve("lab").toString()), home,
                daemon::connection), new PrintWriter(out), new PrintWriter(new StringWriter())).execute("doctor", "--json");

        JsonNode report = JsonSchemaDocs.parse(out.toString());
        assertThat(status).as(out.toString()).isZero();
        assertThat(JsonSchemaDocs.fields(report)).isEqualTo(JsonSchemaDocs.fields(JsonSchemaDocs.example("doctor")));
        assertThat(report.get("schema").asText()).isEqualTo("dockerlab/doctor/1");
        assertThat(report.get("ready").asBoolean()).isTrue();
        assertThat(report.get("findings")).extracting(finding -> finding.get("topic").asText())
                .contains("endpoint", "server", "storage", "lab image", "lab folder");
    }

    @Test
    void noDaemonIsAFailedFindingAndExitOne() throws IOException {
        StringWriter out = new StringWriter();
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + home.resolve("none.sock"), "HOME", home.toString(),
                "DOCKERLAB_DIR", home.resolve("lab").toString(), "PATH", System.getenv("PATH"));
        int status = Cli.create(AppContext.of(env, home.toString()), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("doctor", "--json");

        JsonNode report = JsonSchemaDocs.parse(out.toString());
        assertThat(status).isEqualTo(ExitCode.NOT_OK);
        assertThat(report.get("ready").asBoolean()).isFalse();
        assertThat(report.get("findings").get(0).get("status").asText()).isEqualTo("fail");
        assertThat(report.get("findings").get(0).get("topic").asText()).isEqualTo("daemon");
    }
}
