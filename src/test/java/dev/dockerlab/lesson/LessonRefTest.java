package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LessonRefTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "unused");

    @TempDir
    Path folder;

    private LessonLibrary library;

    @BeforeEach
    void writeLessons() throws IOException {
        Files.writeString(folder.resolve("01-first.md"), "# First\n");
        Files.writeString(folder.resolve("02-1.md"), "# An id that is a number\n");
        Files.writeString(folder.resolve("10-later.md"), "# Later\n");
        library = LessonLibrary.load(folder, VARIABLES);
    }

    @Test
    void namesALessonByIdNumberOrPath() {
        assertThat(LessonRef.parse("later").find(library)).map(Lesson::number).contains(10);
        assertThat(LessonRef.parse("010").find(library)).map(Lesson::id).contains("later");
        assertThat(LessonRef.parse(folder.resolve("./10-later.md").toString()).find(library)).map(Lesson::id).contains("later");
        assertThat(LessonRef.parse("nothing").find(library)).isEmpty();
        assertThat(LessonRef.parse("\0").find(library)).isEmpty();
    }

    @Test
    void anIdWinsOverANumber() {
        assertThat(LessonRef.parse("1").find(library)).map(Lesson::title).contains("An id that is a number");
        assertThat(LessonRef.parse("01").find(library)).map(Lesson::id).contains("first");
    }

    @Test
    void matchesALessonOrAFileNameTheSameWay() {
        Lesson later = LessonRef.parse("later").find(library).orElseThrow();
        LessonFileName laterFile = LessonFileName.parse(later.file()).orElseThrow();

        for (String name : new String[] {"later", "10", "0010"}) {
            assertThat(LessonRef.parse(name).matches(later)).as(name).isTrue();
            assertThat(LessonRef.parse(name).matches(laterFile)).as(name).isTrue();
        }
        assertThat(LessonRef.parse("Later").matches(later)).isFalse();
        assertThat(LessonRef.parse("1234567890").matches(later)).as("ten digits are no NN").isFalse();
    }

    @Test
    void aFileNameASlashOrAnExistingFolderIsAPath() {
        assertThat(LessonRef.parse("01-first.md").isPath()).isTrue();
        assertThat(LessonRef.parse("lessons/01-first").isPath()).isTrue();
        assertThat(LessonRef.parse(folder.toString()).isPath()).isTrue();
        assertThat(LessonRef.parse("first").isPath()).isFalse();
        assertThat(LessonRef.parse("a\0b").isPath()).isFalse();
    }
}
