package dev.dockerlab.docker;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LabImageContextTest {

    @Test
    void aHostBusyboxBecomesAScratchImageWithAppletLinksAndAWebRoot() throws IOException {
        Path busybox = Path.of("/bin/busybox");
        assumeTrue(StaticBinary.isStaticElf(busybox), "no static busybox here");

        Map<String, TarArchiveEntry> entries = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new ByteArrayInputStream(LabImageContext.fromHostBusybox(busybox).tar()))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), entry);
                if (entry.isFile() && entry.getSize() < 4096) {
                    texts.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }

        assertThat(texts.get("Dockerfile")).startsWith("FROM scratch\n").doesNotContain("RUN");
        assertThat(entries.get("rootfs/bin/busybox").getSize()).isEqualTo(Files.size(busybox));
        assertThat(entries.get("rootfs/bin/sh").isSymbolicLink()).isTrue();
        assertThat(entries.get("rootfs/bin/sh").getLinkName()).isEqualTo("/bin/busybox");
        assertThat(entries).containsKeys("rootfs/usr/bin/wget", "rootfs/bin/tar");
        assertThat(texts.get("rootfs/srv/www/index.html")).isEqualTo("Welcome to dockerlab\n");
    }
}
