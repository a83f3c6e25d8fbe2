package dev.dockerlab.bench;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/bench runs from end to end with tiny counts on a small fixture
 * course. Its figures are not judged here: the benchmark is no timed test.
 */
@DaemonTest
class BenchSmokeIT {

    @Test
    void theBenchmarkRunsAndReportsEverySection(TestDaemon daemon) throws Exception {
        daemon.owns("container", "dlfx-pass-web").owns("volume", "dlfx-pass-data");
        Process bench = new ProcessBuilder("scripts/bench", "--smoke", "--lessons",
                Path.of("src/test/resources/lessons/passing").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bench.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(bench.exitValue()).as(output).isZero();
        assertThat(output).contains("== 1. time to first prompt", "jshell", "== 2. check latency",
                "answers agree on 2 of 2 exercises", "== 3. verify", "overhead:", "== 4. peak memory", "2 exercises done",
                "== 5. the guard", "through the guard", "== 6. verify over the course, serial vs --jobs 2",
                "--jobs 2 / serial:");
    }
}
