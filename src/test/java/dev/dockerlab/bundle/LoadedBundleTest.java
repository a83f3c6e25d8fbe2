package dev.dockerlab.bundle;

import dev.dockerlab.testing.TarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary of a loaded bundle counts the lesson files it holds, not the manifest's list, and says the rest. */
class LoadedBundleTest {

    private static final String MANIFEST = """
            {"format": "dockerlab-bundle/1", "dockerlabVersion": "test", "image": "dlt-bundle-none:1",
             "imageId": "sha256:0", "lessons": ["a", "b", "c", "d", "e", "f", "g", "h", "i"], "created": "2024-01-01T00:00:00Z"}
            """;

    @TempDir
    Path home;

    @Test
    void theReaderCountsLessonFilesAndOtherFiles() throws IOException {
        TarBuilder tar = new TarBuilder().file("dockerlab-bundle.json", MANIFEST)
                .file("lessons/01-one.md", "# One\n").file("lessons/02-two.md", "# Two\n")
                .file("lessons/README.md", "not a lesson\n").file("lessons/pictures/03-three.md", "below the top\n");
        for (int i = 0; i < 3000; i++) {
            tar.file("lessons/data/" + i + ".txt", "");
        }
        Path file = tar.file("image.tar", "").writeTo(home.resolve("course.tar"));

        LessonFiles files = BundleReader.open(file).lessonFiles();

        assertThat(files).isEqualTo(new LessonFiles(3004, 2));
    }

    @Test
    void theSummarySaysLessonsAndOtherFiles() {
        BundleManifest manifest = BundleManifest.parse(MANIFEST.getBytes(), Path.of("course.tar"));
        Path lessons = Path.of("/state/bundles/course");

        assertThat(new LoadedBundle(Path.of("course.tar"), manifest, lessons, false, new LessonFiles(3009, 9)).summary())
                .isEqualTo("The lab image dlt-bundle-none:1 is already present (not loaded again); its 9 lessons and"
                        + " 3,000 other files are in /state/bundles/course.");
        assertThat(new LoadedBundle(Path.of("course.tar"), manifest, lessons, true, new LessonFiles(1, 1)).summary())
                .isEqualTo("Loaded the lab image dlt-bundle-none:1 from course.tar; its 1 lesson is in /state/bundles/course.");
        assertThat(new LoadedBundle(Path.of("course.tar"), manifest, lessons, true, new LessonFiles(2, 1)).summary())
                .endsWith("its 1 lesson and 1 other file are in /state/bundles/course.");
    }
}
