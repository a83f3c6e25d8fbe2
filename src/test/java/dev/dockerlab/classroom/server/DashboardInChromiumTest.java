package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.dockerlab.classroom.server.TestServers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser: headless Chromium opens it with the
 * token, two learners appear, and a cell turns to done when one finishes an
 * exercise, all without a reload (a mark left in the page survives).
 */
class DashboardInChromiumTest {

    @TempDir
    Path dir;

    @Test
    void learnersAppearAndACellChangesLiveWithoutAReload() throws Exception {
        HeadlessChromium.require();
        try (ClassServer server = TestServers.start(TestServers.options(dir.resolve("data"), List.of("dock-1234")));
             HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
            ClassClient client = new ClassClient(server.port());
            chromium.navigate(client.base() + "/?token=" + TOKEN);
            assertThat(chromium.waitFor("document.getElementById('status') && document.getElementById('status').dataset.live",
                    value -> value.asText().equals("open")).asText()).as("the live stream is open").isEqualTo("open");
            assertThat(chromium.evaluate("location.pathname").asText()).as("the token left the address bar").isEqualTo("/");
            assertThat(chromium.evaluate("document.cookie").asText()).as("the cookie is HttpOnly").isEmpty();
            chromium.evaluate("window.notReloaded = true");
            assertThat(chromium.evaluate("document.querySelectorAll('[data-learner-row]').length").asInt()).isZero();

            JsonNode ada = client.join("dock-1234", "Ada");
            client.join("dock-1234", "Bob");
            assertThat(chromium.waitFor("Array.from(document.querySelectorAll('[data-learner-row] th.name'))"
                    + ".map(th => th.textContent).sort().join(',')", value -> value.asText().equals("Ada,Bob")).asText())
                    .isEqualTo("Ada,Bob");

            String key = ada.get("key").asText();
            client.events(key, "{\"seq\":1,\"type\":\"step\",\"lesson\":\"01-volumes\",\"exercise\":1,\"exerciseTitle\":\"Make a volume\"}");
            String cell = "(function () { var c = document.querySelector('[data-learner=\"" + ada.get("learner").asText()
                    + "\"][data-exercise=\"01-volumes#1\"]'); return c ? c.dataset.status : 'absent'; })()";
            assertThat(chromium.waitFor(cell, value -> value.asText().equals("working")).asText()).isEqualTo("working");
            client.events(key, "{\"seq\":2,\"type\":\"done\",\"lesson\":\"01-volumes\",\"exercise\":1}");
            assertThat(chromium.waitFor(cell, value -> value.asText().equals("done")).asText()).isEqualTo("done");
            assertThat(chromium.evaluate("window.notReloaded === true").asBoolean()).as("no reload happened").isTrue();
        }
    }
}
