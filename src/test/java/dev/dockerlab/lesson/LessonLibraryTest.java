package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LessonLibraryTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "unused");

    @TempDir
    Path folder;

    @BeforeEach
    void writeLessons() throws IOException {
        Files.writeString(folder.resolve("10-later.md"), "# Later\n");
        Files.writeString(folder.resolve("02-sooner.md"), "# Sooner\n\n${OOPS}\n");
        Files.writeString(folder.resolve("README.md"), "# Not a lesson\n");
        Files.createDirectory(folder.resolve("03-a-folder.md"));
    }

    @Test
    void loadsTheLessonFilesOfAFolderByNumber() {
        LessonLibrary library = LessonLibrary.load(folder, VARIABLES);

        assertThat(library.lessons()).extracting(Lesson::id, Lesson::title)
                .containsExactly(tuple("sooner", "Sooner"),
                        tuple("later", "Later"));
    }

    @Test
    void findsALessonByIdNumberOrPath() {
        LessonLibrary library = LessonLibrary.load(folder, VARIABLES);

        assertThat(library.find("later")).map(Lesson::number).contains(10);
        assertThat(library.find("02")).map(Lesson::id).contains("sooner");
        assertThat(library.find("2")).map(Lesson::id).contains("sooner");
        assertThat(library.find(folder.resolve("./10-later.md").toString())).map(Lesson::id).contains("later");
        assertThat(library.find("nothing")).isEmpty();
        assertThat(library.find("\0")).isEmpty();
    }

    @Test
    void keepsTheProblemsOfEachFile() {
        LessonLibrary library = LessonLibrary.load(folder, VARIABLES);

        assertThat(library.isClean()).isFalse();
        assertThat(library.problems(folder.resolve("02-sooner.md"))).extracting(Problem::line).containsExactly(3);
        assertThat(library.problems(folder.resolve("10-later.md"))).isEmpty();
        assertThat(library.loaded()).extracting(LoadedLesson::isClean).containsExactly(false, true);
    }

    @Test
    void aFolderWithoutLessonsIsAProblem(@TempDir Path empty) {
        LessonLibrary library = LessonLibrary.load(empty, VARIABLES);

        assertThat(library.lessons()).isEmpty();
        assertThat(library.problems()).extracting(Problem::message)
                .containsExactly("no lesson files (NN-slug.md) in this folder");
    }

    @Test
    void takesSingleFilesBesideFolders(@TempDir Path other) throws IOException {
        Path single = Files.writeString(other.resolve("01-single.md"), "# Single\n");

        LessonLibrary library = LessonLibrary.load(List.of(folder, single), VARIABLES);

        assertThat(library.lessons()).extracting(Lesson::id).containsExactly("single", "sooner", "later");
    }
}
