package dev.dockerlab.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/bench class runs from end to end with 20 learners for 6 s: every
 * event lands. Its latency and memory figures are not judged here.
 */
class ClassBenchSmokeIT {

    @Test
    void theClassLegRunsAndEveryEventLands() throws Exception {
        Process bench = new ProcessBuilder("scripts/bench", "class", "--smoke").redirectErrorStream(true).start();
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bench.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(bench.exitValue()).as(output).isZero();
        assertThat(output).contains("20 learners joined", "events sent 60, landed 60", "POST to live update: p50",
                "server peak RSS", "every event landed");
    }
}
