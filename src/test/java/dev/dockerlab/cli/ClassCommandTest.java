package dev.dockerlab.cli;

import dev.dockerlab.testing.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `dockerlab class serve` as the instructor runs it: what it prints, and one sentence for each mistake. */
class ClassCommandTest {

    private static final Pattern JOIN = Pattern.compile("dockerlab learn --class (http://\\S+) --join-code (\\S+) --name");

    @TempDir
    Path home;

    private CliRun cli() {
        return new CliRun(home, () -> {
            throw new AssertionError("the class server needs no daemon");
        });
    }

    @Test
    void helpDescribesEveryOption() {
        CliRun.Result help = cli().run("class", "serve", "--help");
        assertThat(help.status()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("--port", "--bind", "--token", "--join-code", "--data", "--stuck-after",
                "Exit status:");
        assertThat(cli().run("class").out()).contains("serve");
    }

    @Test
    void mistakesAreOneSentenceAndExitStatus2() throws Exception {
        CliRun.Result duration = cli().run("class", "serve", "--stuck-after", "5 parsecs");
        assertThat(duration.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(duration.err()).contains("not a duration such as 90s, 5m or 1h").doesNotContain("Exception");

        CliRun.Result token = cli().run("class", "serve", "--bind", "127.0.0.1", "--port", "0", "--token", "short");
        assertThat(token.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(token.err()).contains("a token is at least 12 characters");
        CliRun.Result cookieBreaker = cli().run("class", "serve", "--bind", "127.0.0.1", "--port", "0", "--token",
                "long-enough; Path=/x");
        assertThat(cookieBreaker.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cookieBreaker.err()).contains("it travels in a URL and a cookie");

        CliRun.Result code = cli().run("class", "serve", "--bind", "127.0.0.1", "--port", "0", "--join-code", "../etc");
        assertThat(code.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(code.err()).contains("a join code is 1 to 40 letters").doesNotContain("Exception");

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun.Result busy = cli().run("class", "serve", "--bind", "127.0.0.1", "--port",
                    String.valueOf(taken.getLocalPort()), "--data", home.resolve("busy").toString());
            assertThat(busy.status()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(busy.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort())
                    .contains("choose another with --port");
        }
    }

    @Test
    void servePrintsTheDashboardAndTheLearnersCommandAndStopsOnSigterm() throws Exception {
        Process server = CliProcess.fromTestClassPath(home).start("class", "serve", "--bind", "127.0.0.1", "--port", "0",
                "--data", home.resolve("classes").toString(), "--join-code", "dock-7777", "--join-code", "evening");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            List<Matcher> joins = new ArrayList<>();
            String line;
            while (joins.size() < 2 && (line = out.readLine()) != null) {
                lines.add(line);
                Matcher join = JOIN.matcher(line);
                if (join.find()) {
                    joins.add(join);
                }
            }
            assertThat(joins).as(String.join("\n", lines)).hasSize(2);
            assertThat(joins.get(0).group(2)).isEqualTo("dock-7777");
            assertThat(joins.get(1).group(2)).isEqualTo("evening");
            String base = joins.get(0).group(1);
            assertThat(base).startsWith("http://127.0.0.1:");
            String dashboard = lines.stream().filter(l -> l.startsWith("Dashboard")).findFirst().orElseThrow();
            String token = dashboard.substring(dashboard.indexOf("?token=") + "?token=".length()).strip();
            assertThat(token).hasSizeGreaterThanOrEqualTo(24);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/class")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(base + "/api/join"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"evening\",\"name\":\"Ada\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(joined.statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/class?code=evening"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("\"name\":\"Ada\"");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops the server").isTrue();
        }
    }
}
