package dev.dockerlab;

import dev.dockerlab.testing.DaemonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged, minimized jar talks to the real daemon through docker-java. */
@DaemonTest
class ShadedJarDaemonIT {

    @TempDir
    Path scratch;

    @Test
    void doctorFindsTheDaemonAndItsStorageFromTheJar() throws Exception {
        assertThat(ShadedJarIT.run(scratch, "doctor"))
                .startsWith("0\n")
                .containsPattern("ok +server +Docker Engine")
                .containsPattern("ok +storage");
    }
}
