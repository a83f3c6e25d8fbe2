package dev.dockerlab.bundle;

import dev.dockerlab.testing.TarBuilder;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundleReaderTest {

    private static final String MANIFEST = """
            {"format": "dockerlab-bundle/1", "dockerlabVersion": "0.9", "image": "course/lab:2",
             "imageId": "sha256:abc", "lessons": ["one"], "created": "2024-01-01T00:00:00Z", "addedLater": true}
            """;

    @TempDir
    Path folder;

    @Test
    void unpacksNestedAndLongNamedLessonFilesAndHandsTheImageOver() throws IOException {
        String longName = "lessons/pictures/" + "a-rather-long-picture-name-".repeat(6) + ".txt";
        Path file = new TarBuilder().file("dockerlab-bundle.json", MANIFEST)
                .entry(new TarArchiveEntry("lessons/pictures/"), "")
                .file("lessons/01-one.md", "# One\n")
                .file("image.tar", "the saved image")
                .file(longName, "a picture")
                .writeTo(folder.resolve("course.tar"));
        Path lessons = Files.createDirectory(folder.resolve("lessons"));
        List<String> images = new ArrayList<>();

        BundleReader reader = BundleReader.open(file);
        reader.unpack(lessons, image -> {
            try (InputStream closedByTheReceiver = image) {
                images.add(new String(closedByTheReceiver.readAllBytes(), StandardCharsets.UTF_8));
            }
        });

        assertThat(longName).hasSizeGreaterThan(100);
        assertThat(reader.manifest()).isEqualTo(new BundleManifest("dockerlab-bundle/1", "0.9", "course/lab:2", "sha256:abc",
                List.of("one"), "2024-01-01T00:00:00Z"));
        assertThat(images).containsExactly("the saved image");
        assertThat(lessons.resolve("01-one.md")).hasContent("# One");
        assertThat(lessons.resolve(longName.substring("lessons/".length()))).hasContent("a picture");
    }

    @Test
    void aLoadedFolderIsNamedAfterTheFileWithoutTar() {
        assertThat(BundleLoader.folderName(Path.of("/media/usb/course.tar"))).isEqualTo("course");
        assertThat(BundleLoader.folderName(Path.of("course-2024"))).isEqualTo("course-2024");
        assertThat(BundleLoader.folderName(Path.of(".tar"))).isEqualTo("bundle");
        assertThat(BundleLoader.folderName(Path.of(".hidden.tar"))).isEqualTo("bundle.hidden");
    }
}
