package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HostFilesTest {

    @TempDir
    Path root;

    private boolean mknod(String name, String major, String minor) throws Exception {
        Process process = new ProcessBuilder("mknod", root.resolve(name).toString(), "c", major, minor)
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    @Test
    void aConfinedReadNeverClimbsOutOfItsRoot() throws Exception {
        Path inner = Files.createDirectories(root.resolve("volume"));
        Files.writeString(inner.resolve("index.html"), "Hello");
        Files.writeString(root.resolve("secret.txt"), "not yours");

        assertThat(HostFiles.readConfined(inner, "/../secret.txt", "/../secret.txt")).isEmpty();
        assertThat(HostFiles.readConfined(inner, "/index.html", "/index.html").orElseThrow().content()).isEqualTo("Hello");
    }

    @Test
    void throughAFileOrALinkAConfinedReadFindsNothingOrDefers() throws Exception {
        Files.writeString(root.resolve("page"), "a file, not a folder");
        Files.createDirectories(root.resolve("real"));
        Files.createSymbolicLink(root.resolve("linked"), root.resolve("real"));

        assertThat(HostFiles.readConfined(root, "/page/index.html", "/page/index.html").orElseThrow().exists()).isFalse();
        assertThat(HostFiles.readConfined(root, "/linked/index.html", "/linked/index.html")).isEmpty();
        assertThat(HostFiles.readConfined(root, "/missing/deeper/index.html", "/missing/deeper/index.html")
                .orElseThrow().exists()).isFalse();
    }

    @Test
    void aZeroZeroCharacterDeviceIsAWhiteoutAndOtherDevicesAreNot() throws Exception {
        // mknod needs root, which CI and scripts/test have; the check it backs needs it too
        assumeTrue(mknod("deleted.html", "0", "0"), "mknod needs root");
        assertThat(mknod("null", "1", "3")).isTrue();
        Files.writeString(root.resolve("index.html"), "Hello");

        assertThat(HostFiles.read(root, "/deleted.html").kind()).isEqualTo(FileView.Kind.WHITEOUT);
        assertThat(HostFiles.read(root, "/deleted.html").exists()).isTrue();
        assertThat(HostFiles.read(root, "/null").kind()).isEqualTo(FileView.Kind.OTHER);
        assertThat(HostFiles.read(root, "/index.html").kind()).isEqualTo(FileView.Kind.FILE);
        assertThat(HostFiles.read(root, "/missing.html").neighbours()).containsExactly("deleted.html", "index.html", "null");
    }
}
