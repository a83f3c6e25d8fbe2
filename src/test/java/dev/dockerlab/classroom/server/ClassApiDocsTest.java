package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.dockerlab.classroom.server.ClassClient.event;
import static dev.dockerlab.classroom.server.ClassClient.judged;
import static dev.dockerlab.cli.JsonSchemaDocs.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** The schema of GET /api/class in docs/CLASSROOM.md is the one the server answers with, field for field. */
class ClassApiDocsTest {

    private static final Pattern EXAMPLE = Pattern.compile("### `GET /api/class\\?code=CODE`.*?```json\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path data;

    @Test
    void theDocumentedExampleHasExactlyTheFieldsTheServerSends() throws Exception {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("docs/CLASSROOM.md")));
        assertThat(example.find()).as("docs/CLASSROOM.md shows an example of GET /api/class").isTrue();
        JsonNode documented = ClassClient.JSON.readTree(example.group(1));
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-4821")))) {
            ClassClient client = new ClassClient(server.port());
            String ada = client.join("dock-4821", "Ada").get("key").asText();
            client.events(ada, event(1, "step", "01-volumes", 1), event(2, "hint", "01-volumes", 1),
                    event(3, "done", "01-volumes", 1), event(4, "step", "01-volumes", 2),
                    "{\"seq\":5,\"type\":\"judged\",\"lesson\":\"01-volumes\",\"exercise\":2,\"passing\":0,\"total\":2,"
                            + "\"command\":\"docker volume ls\"}");
            String bob = client.join("dock-4821", "Bob").get("key").asText();
            client.events(bob, judged(1, "01-volumes", 1, 1, 2, "volume data exists", "no volume data"));
            JsonNode served = client.classView(TestServers.TOKEN, "dock-4821");
            assertThat(fields(documented)).isEqualTo(fields(served));
        }
    }
}
