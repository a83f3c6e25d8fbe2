package dev.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultLessonFolderTest {

    @TempDir
    Path root;

    @Test
    void theEnvironmentVariableWinsEvenBeforeTheFolderExists() {
        Path cwd = root.resolve("cwd");

        assertThat(DefaultLessonFolder.resolve(Map.of("DOCKERLAB_LESSONS", "mine"), null, cwd))
                .contains(cwd.resolve("mine"));
    }

    @Test
    void aJarInTargetFindsTheCheckoutsLessons() throws IOException {
        Path lessons = Files.createDirectories(root.resolve("checkout/lessons"));
        Path jar = Files.createFile(Files.createDirectories(root.resolve("checkout/target")).resolve("dockerlab.jar"));

        assertThat(DefaultLessonFolder.resolve(Map.of(), jar, root)).contains(lessons);
    }

    @Test
    void classesInTargetFindTheCheckoutsLessons() throws IOException {
        Path lessons = Files.createDirectories(root.resolve("checkout/lessons"));
        Path classes = Files.createDirectories(root.resolve("checkout/target/classes"));

        assertThat(DefaultLessonFolder.resolve(Map.of(), classes, root)).contains(lessons);
    }

    @Test
    void anInstalledJarFindsTheLessonsBesideIt() throws IOException {
        Path lessons = Files.createDirectories(root.resolve("opt/dockerlab/lessons"));
        Path jar = Files.createFile(root.resolve("opt/dockerlab/dockerlab.jar"));
        Files.createDirectories(root.resolve("opt/lessons"));

        assertThat(DefaultLessonFolder.resolve(Map.of(), jar, root)).contains(lessons);
    }

    @Test
    void thenTheWorkingDirectoryThenTheBuildsFolder() throws IOException {
        Path jar = Files.createFile(Files.createDirectories(root.resolve("bin")).resolve("dockerlab.jar"));
        Path built = Files.createDirectories(root.resolve("built/lessons"));
        Map<String, String> environment = Map.of("DOCKERLAB_LESSONS_DEFAULT", built.toString());

        assertThat(DefaultLessonFolder.resolve(environment, jar, root)).contains(built);
        Path here = Files.createDirectories(root.resolve("lessons"));
        assertThat(DefaultLessonFolder.resolve(environment, jar, root)).contains(here);
    }

    @Test
    void aLoadedCourseComesAfterTheWorkingDirectoryAndBeforeTheProgramsOwn() throws IOException {
        Files.createDirectories(root.resolve("checkout/lessons"));
        Path jar = Files.createFile(Files.createDirectories(root.resolve("checkout/target")).resolve("dockerlab.jar"));
        Path loaded = Files.createDirectories(root.resolve("state/bundles/course"));
        Path cwd = Files.createDirectories(root.resolve("cwd"));

        assertThat(DefaultLessonFolder.resolve(Map.of(), jar, cwd, Optional.of(loaded))).contains(loaded);
        Path here = Files.createDirectories(cwd.resolve("lessons"));
        assertThat(DefaultLessonFolder.resolve(Map.of(), jar, cwd, Optional.of(loaded))).contains(here);
        assertThat(DefaultLessonFolder.resolve(Map.of("DOCKERLAB_LESSONS", "mine"), jar, cwd, Optional.of(loaded)))
                .contains(cwd.resolve("mine"));
    }

    @Test
    void aLoadedCourseWhoseFolderIsGoneIsPassedOver() throws IOException {
        Path lessons = Files.createDirectories(root.resolve("checkout/lessons"));
        Path jar = Files.createFile(Files.createDirectories(root.resolve("checkout/target")).resolve("dockerlab.jar"));

        assertThat(DefaultLessonFolder.resolve(Map.of(), jar, root, Optional.of(root.resolve("state/gone"))))
                .contains(lessons);
    }

    @Test
    void nothingFoundIsEmpty() {
        assertThat(DefaultLessonFolder.resolve(Map.of("DOCKERLAB_LESSONS", " "), null, root)).isEmpty();
    }
}
