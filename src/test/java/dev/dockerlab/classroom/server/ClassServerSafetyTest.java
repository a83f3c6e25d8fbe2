package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static dev.dockerlab.classroom.server.TestServers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** What a learner sends cannot run in the instructor's page or spreadsheet, nor swamp the server. */
class ClassServerSafetyTest {

    private static final String SCRIPT_NAME = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT_LINE = "</code><script>alert('line')</script>";
    private static final String SCRIPT_FACT = "\"><svg onload=alert(2)>";

    @TempDir
    Path data;

    @Test
    void everythingALearnerSuppliesIsEscapedInTheDashboard() throws Exception {
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            String key = client.join("dock-1234", SCRIPT_NAME).get("key").asText();
            assertThat(client.events(key,
                    "{\"seq\":1,\"type\":\"step\",\"lesson\":\"<b>lesson</b>\",\"exercise\":1,\"exerciseTitle\":\"<i>t</i>\"}",
                    ClassClient.judged(2, "<b>lesson</b>", 1, 0, 1, SCRIPT_LINE, SCRIPT_FACT),
                    "{\"seq\":3,\"type\":\"step\",\"lesson\":\"<b>lesson</b>\",\"exercise\":1,\"command\":\"<script>x</script>\"}")
                    .statusCode()).isEqualTo(200);
            String page = client.get("/", TOKEN).body();
            for (String raw : List.of(SCRIPT_NAME, SCRIPT_LINE, SCRIPT_FACT, "<b>lesson</b>", "<i>t</i>", "<script>x</script>")) {
                assertThat(page).as(raw).doesNotContain(raw);
            }
            assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;")
                    .contains("&lt;/code&gt;&lt;script&gt;alert(&#39;line&#39;)&lt;/script&gt;")
                    .contains("&quot;&gt;&lt;svg onload=alert(2)&gt;");
            assertThat(page).as("one script: the dashboard's own").containsOnlyOnce("<script");
            HttpResponse<String> headers = client.get("/", TOKEN);
            assertThat(headers.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'").contains("script-src 'nonce-");
        }
    }

    @Test
    void longTextIsCutAndBodiesOver64KiBAreRefused() throws Exception {
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            String key = client.join("dock-1234", "Ada").get("key").asText();
            String longTitle = "t".repeat(2000);
            client.events(key, "{\"seq\":1,\"type\":\"step\",\"lesson\":\"l\",\"exercise\":1,\"exerciseTitle\":\"" + longTitle + "\"}");
            JsonNode column = client.classView(TOKEN, "dock-1234").get("exercises").get(0);
            assertThat(column.get("title").asText()).hasSize(500);
            HttpResponse<String> tooLarge = client.post("/api/events", key,
                    "{\"events\":[{\"seq\":2,\"type\":\"step\",\"command\":\"" + "x".repeat(70_000) + "\"}]}");
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(ClassClient.JSON.readTree(tooLarge.body()).get("error").asText()).isEqualTo("a request body is at most 64 KiB.");
            assertThat(client.post("/api/join", null, "{\"code\":\"dock-1234\",\"name\":\"" + "x".repeat(70_000) + "\"}")
                    .statusCode()).isEqualTo(413);
        }
    }

    @Test
    void joinsPerAddressAndEventsPerKeyAreRateLimitedWithRetryAfter() throws Exception {
        ServerOptions.Limits tight = new ServerOptions.Limits(new ServerOptions.Rate(3, 0.01),
                new ServerOptions.Rate(2, 0.01), 1000, 500, 50);
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234"), tight, Clock.systemUTC()))) {
            ClassClient client = new ClassClient(server.port());
            String ada = client.join("dock-1234", "Ada").get("key").asText();
            String bob = client.join("dock-1234", "Bob").get("key").asText();
            client.join("dock-1234", "Cy");
            HttpResponse<String> fourth = client.post("/api/join", null, "{\"code\":\"dock-1234\",\"name\":\"Di\"}");
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
            assertThat(client.post("/api/join", null, "{\"code\":\"wrong\",\"name\":\"Di\"}").statusCode())
                    .as("guessing codes is limited too").isEqualTo(429);

            assertThat(client.events(ada, "{\"seq\":1,\"type\":\"step\"}").statusCode()).isEqualTo(200);
            assertThat(client.events(ada, "{\"seq\":2,\"type\":\"step\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> third = client.events(ada, "{\"seq\":3,\"type\":\"step\"}");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(client.events(bob, "{\"seq\":1,\"type\":\"step\"}").statusCode()).as("another key has its own budget")
                    .isEqualTo(200);
        }
    }

    @Test
    void theCsvExportQuotesEveryCellAndDefusesFormulas() throws Exception {
        try (ClassServer server = TestServers.start(TestServers.options(data, List.of("dock-1234")))) {
            ClassClient client = new ClassClient(server.port());
            String evil = client.join("dock-1234", "=HYPERLINK(\"http://x\",\"y\")").get("key").asText();
            String ada = client.join("dock-1234", "Ada, \"the\" first").get("key").asText();
            client.events(evil, "{\"seq\":1,\"type\":\"done\",\"lesson\":\"01-volumes\",\"exercise\":1,\"exerciseTitle\":\"@SUM(A1)\"}");
            client.events(ada, "{\"seq\":1,\"type\":\"step\",\"lesson\":\"01-volumes\",\"exercise\":2,\"exerciseTitle\":\"-2+3\"}");
            HttpResponse<String> csv = client.get("/export.csv?code=dock-1234", TOKEN);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).isEqualTo("\"class\",\"learner\",\"name\",\"lesson\",\"exercise\",\"title\",\"status\","
                    + "\"passing\",\"total\",\"hints\",\"solutions\",\"doneAt\"");
            assertThat(lines).hasSize(1 + 2 * 2);
            assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                    .contains("\"Ada, \"\"the\"\" first\"").contains("\"'@SUM(A1)\"").contains("\"'-2+3\"")
                    .contains("\"not started\"").contains("\"done\"");
            JsonNode grades = ClassClient.JSON.readTree(client.get("/export.json?code=dock-1234", TOKEN).body()).get("grades");
            assertThat(grades).hasSize(4);
            assertThat(grades.get(0).get("class").asText()).isEqualTo("dock-1234");
        }
    }

    @Test
    void theCsvCellRuleByItself() {
        assertThat(GradeExport.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(GradeExport.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(GradeExport.cell("plain")).isEqualTo("\"plain\"");
        assertThat(GradeExport.cell("")).isEqualTo("\"\"");
    }
}
