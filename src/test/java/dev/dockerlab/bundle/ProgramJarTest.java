package dev.dockerlab.bundle;

import dev.dockerlab.failure.BadInput;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the dockerlab jar to put in a bundle, and finding it again at a runnable bundle's end. */
class ProgramJarTest {

    @TempDir
    Path folder;

    @Test
    void aJarIsTheWholeFile() throws IOException {
        Path jar = jar(folder.resolve("dockerlab.jar"));

        assertThat(ProgramJar.of(jar)).isEqualTo(new ProgramJar(jar, 0, Files.size(jar)));
        assertThat(ProgramJar.isRunnable(jar)).as("a plain jar is no bundle").isFalse();
    }

    @Test
    void aClassesFolderUsesTheJarPackageWroteBesideIt() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("target/classes"));
        Path jar = jar(folder.resolve("target/dockerlab.jar"));

        assertThat(ProgramJar.of(classes).file()).isEqualTo(jar);
    }

    @Test
    void aClassesFolderWithNoJarBesideItIsOneSentence() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("target/classes"));

        assertThatThrownBy(() -> ProgramJar.of(classes)).isInstanceOf(BadInput.class)
                .hasMessage("--with-jar puts the dockerlab jar in the bundle, and this dockerlab runs from " + classes
                        + " with no jar (" + folder.resolve("target/dockerlab.jar")
                        + "); build it with mvn package, or run dockerlab from its jar.");
    }

    @Test
    void theJarAfterATarIsFoundWhereItBeginsAndCopiedWhole() throws IOException {
        Path jar = jar(folder.resolve("dockerlab.jar"));
        Path bundle = folder.resolve("course.tar");
        try (OutputStream out = Files.newOutputStream(bundle); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            byte[] manifest = "{}".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("dockerlab-bundle.json");
            entry.setSize(manifest.length);
            tar.putArchiveEntry(entry);
            tar.write(manifest);
            tar.closeArchiveEntry();
            tar.finish();
            Files.copy(jar, out);
        }
        long tarLength = Files.size(bundle) - Files.size(jar);

        ProgramJar found = ProgramJar.in(bundle).orElseThrow();
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        found.copyTo(copied);

        assertThat(found.offset()).isEqualTo(tarLength);
        assertThat(copied.toByteArray()).isEqualTo(Files.readAllBytes(jar));
        assertThat(ProgramJar.isRunnable(bundle)).isTrue();
        assertThat(ProgramJar.runningBundle(bundle)).contains(bundle);
        assertThat(ProgramJar.runningBundle(jar)).isEmpty();
        assertThat(tarEntries(bundle)).as("a tar reader stops at the tar's end").containsExactly("dockerlab-bundle.json");
        try (JarFile asJar = new JarFile(bundle.toFile())) {
            assertThat(asJar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.dockerlab.cli.Main");
        }
    }

    @Test
    void aFileWithNoJarHasNone() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "PK but no zip directory");

        assertThat(ProgramJar.in(text)).isEmpty();
        assertThat(ProgramJar.in(folder.resolve("missing.jar"))).isEmpty();
        assertThatThrownBy(() -> ProgramJar.of(text)).isInstanceOf(BadInput.class)
                .hasMessageStartingWith("--with-jar puts the dockerlab jar in the bundle, and this dockerlab runs from "
                        + text + " with no jar;");
    }

    private static Path jar(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Main-Class", "dev.dockerlab.cli.Main");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            jar.putNextEntry(new JarEntry("dev/dockerlab/cli/notes.txt"));
            jar.write("a small entry".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    private static List<String> tarEntries(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
