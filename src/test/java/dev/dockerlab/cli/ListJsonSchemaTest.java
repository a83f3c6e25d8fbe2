package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `list --json`: the course as data, in the schema docs/JSON.md documents. */
class ListJsonSchemaTest {

    @TempDir
    Path home;

    @Test
    void theCourseIsListedWithEveryDocumentedFieldAndNoOther() throws IOException {
        Path broken = Files.createDirectories(home.resolve("course"));
        Files.copy(Path.of("lessons/03-bind-mounts.md"), broken.resolve("03-bind-mounts.md"));
        Files.writeString(broken.resolve("10-broken.md"), "# Broken\n\n## One\n\n```check\ncontainer web mounts\n```\n");

        StringWriter out = new StringWriter();
        int status = cli(out).execute("list", "--json", broken.toString());

        JsonNode listing = JsonSchemaDocs.parse(out.toString());
        assertThat(status).as("a lesson with problems").isEqualTo(ExitCode.BAD_INPUT);
        assertThat(JsonSchemaDocs.fields(listing)).isEqualTo(JsonSchemaDocs.fields(JsonSchemaDocs.example("list")));
        assertThat(listing.get("schema").asText()).isEqualTo("dockerlab/list/1");
        assertThat(listing.get("lessons").get(0).get("id").asText()).isEqualTo("bind-mounts");
        assertThat(listing.get("lessons").get(0).get("exercises")).hasSize(3);
        assertThat(listing.get("lessons").get(0).get("requiresStorageDriver").isNull()).isTrue();
        assertThat(listing.get("problems").get(0).get("file").asText()).endsWith("10-broken.md");
        assertThat(listing.get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("line").asInt()).isEqualTo(6);
            assertThat(problem.get("message").asText()).contains("unknown check verb");
        });
    }

    @Test
    void theWholeCourseListsCleanlyAsJson() throws IOException {
        StringWriter out = new StringWriter();
        int status = cli(out).execute("--lessons", Path.of("lessons").toAbsolutePath().toString(), "list", "--json");

        assertThat(status).isZero();
        JsonNode listing = JsonSchemaDocs.parse(out.toString());
        assertThat(listing.get("lessons")).hasSize(9);
        assertThat(listing.get("problems")).isEmpty();
    }

    private CliLike cli(StringWriter out) {
        return args -> Cli.create(new AppContext(Map.of(), home, () -> {
            throw new AssertionError("list needs no daemon");
        }), new PrintWriter(out), new PrintWriter(new StringWriter())).execute(args);
    }

    private interface CliLike {
        int execute(String... args);
    }
}
