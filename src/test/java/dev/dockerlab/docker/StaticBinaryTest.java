package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StaticBinaryTest {

    @Test
    void debiansBusyboxStaticIsStatic() {
        Path busybox = Path.of("/bin/busybox");
        assumeTrue(Files.isRegularFile(busybox), "busybox-static is not installed here");

        assertThat(StaticBinary.isStaticElf(busybox)).isTrue();
    }

    @Test
    void theJavaLauncherIsDynamicallyLinked() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        assertThat(StaticBinary.isStaticElf(java)).isFalse();
    }

    @Test
    void aTextFileIsNoExecutable(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("busybox"), "#!/bin/sh\necho not really\n");

        assertThat(StaticBinary.isStaticElf(script)).isFalse();
        assertThat(HostBusybox.find(java.util.Optional.of(script))).isEmpty();
    }
}
