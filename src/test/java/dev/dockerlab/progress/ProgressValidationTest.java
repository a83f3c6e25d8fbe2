package dev.dockerlab.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A progress file no dockerlab could have written, or a newer one wrote, is set aside, not believed. */
class ProgressValidationTest {

    @TempDir
    Path state;

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"completed\":[1,-1]}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"completed\":[0]}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"setupDone\":[-3]}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"hintsUsed\":{\"-2\":1}}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"step\":-5}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"completed\":null}}}",
        "{\"version\":1,\"lessons\":{\"bind-mounts\":null}}",
        "{\"version\":0,\"lessons\":{}}",
    })
    void anImpossibleFileIsSetAsideWithOneSentence(String json) throws IOException {
        ProgressStore store = new ProgressStore(state);
        Files.writeString(store.file(), json);

        ProgressStore.Loaded loaded = store.load();

        assertThat(loaded.progress().existing("bind-mounts")).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("Your progress file could not be read (it holds ").endsWith(" and you start afresh.")
                .doesNotContain("\n"));
        assertThat(store.file()).doesNotExist();
        assertThat(setAside()).singleElement().satisfies(file -> assertThat(file).hasContent(json));
    }

    @Test
    void aFileOfANewerDockerlabIsSetAsideAndSaysSo() throws IOException {
        ProgressStore store = new ProgressStore(state);
        Files.writeString(store.file(), "{\"version\":999,\"lessons\":{\"bind-mounts\":{\"completed\":[1,2]}}}");

        ProgressStore.Loaded loaded = store.load();

        assertThat(loaded.progress().existing("bind-mounts")).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(warning -> assertThat(warning).startsWith(
                "Your progress file could not be read (it holds format version 999 of a newer dockerlab"
                        + " (this one reads version 1)); it is kept as "));
        assertThat(setAside()).hasSize(1);
    }

    @Test
    void anExerciseALessonNoLongerHasDoesNotCountAsDone() throws IOException {
        ProgressStore store = new ProgressStore(state);
        Files.writeString(store.file(), "{\"version\":1,\"lessons\":{\"bind-mounts\":{\"completed\":[1,77]}}}");

        ProgressStore.Loaded loaded = store.load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.progress().existing("bind-mounts").orElseThrow().completedOf(4)).isEqualTo(1);
    }

    private java.util.List<Path> setAside() throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(file -> file.getFileName().toString().startsWith("progress.json.corrupt-")).toList();
        }
    }
}
