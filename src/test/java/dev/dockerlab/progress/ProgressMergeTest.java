package dev.dockerlab.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two dockerlabs on one state folder (two REPLs in two terminals) each load
 * the progress, then save in turn: what either did stays, and a deliberate
 * reset in one still takes effect in the file the other saves to.
 */
class ProgressMergeTest {

    @TempDir
    Path state;

    private final Instant start = Instant.now();

    private JsonNode saved(String lesson) throws Exception {
        return new ObjectMapper().readTree(new ProgressStore(state).file().toFile()).path("lessons").path(lesson);
    }

    @Test
    void exercisesDoneInTwoSessionsAreAllKept() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress first = store.load().progress();
        Progress second = store.load().progress();

        first.lesson("bind-mounts").complete(1, start);
        first.lesson("copy-on-write").complete(2, start);
        store.save(first);
        second.lesson("bind-mounts").complete(2, start.plusSeconds(1));
        store.save(second);
        store.save(first);

        assertThat(saved("bind-mounts").path("completed").toString()).isEqualTo("[1,2]");
        assertThat(saved("copy-on-write").path("completed").toString()).isEqualTo("[2]");
        assertThat(second.lesson("copy-on-write").completed()).as("a session goes on from where it is").isEmpty();
    }

    @Test
    void theExerciseFirstSolvedKeepsItsTimeAndTheLaterMoveTheStep() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress first = store.load().progress();
        Progress second = store.load().progress();

        first.lesson("bind-mounts").complete(1, Instant.parse("2024-05-01T10:00:00Z"));
        first.lesson("bind-mounts").moveTo(3);
        store.save(first);
        second.lesson("bind-mounts").complete(1, Instant.parse("2024-05-02T10:00:00Z"));
        second.lesson("bind-mounts").moveTo(5);
        store.save(second);
        store.save(first);

        assertThat(saved("bind-mounts").path("solved").path("1").path("at").asText()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(saved("bind-mounts").path("step").asInt()).as("the later move").isEqualTo(5);
    }

    @Test
    void aResetInOneSessionTakesEffectThoughTheOtherStillHadTheLesson() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress before = new Progress();
        before.lesson("bind-mounts").complete(1, start.minusSeconds(60));
        before.lesson("bind-mounts").moveTo(4);
        store.save(before);
        Progress resetting = store.load().progress();
        Progress other = store.load().progress();

        resetting.forget("bind-mounts");
        store.save(resetting);
        other.lesson("bind-mounts").useHint(1);
        store.save(other);

        JsonNode lesson = saved("bind-mounts");
        assertThat(lesson.path("completed").toString()).isIn("[]", "");
        assertThat(lesson.path("step").asInt(1)).isEqualTo(1);
        assertThat(new ProgressStore(state).load().progress().lesson("bind-mounts").totalHints()).isZero();
    }

    @Test
    void whatTheOtherSessionDidAfterTheResetIsKept() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress resetting = store.load().progress();
        Progress other = store.load().progress();
        other.lesson("bind-mounts").complete(1, start.minusSeconds(60));
        store.save(other);

        resetting.forget("bind-mounts");
        store.save(resetting);
        other.lesson("bind-mounts").complete(2, Instant.now().plusSeconds(1));
        store.save(other);

        assertThat(saved("bind-mounts").path("completed").toString()).isEqualTo("[2]");
    }

    @Test
    void aLessonTheOtherNeverHadIsNotTakenForAReset() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress first = store.load().progress();
        Progress second = store.load().progress();
        second.forget("copy-on-write");

        first.lesson("bind-mounts").complete(1, start);
        store.save(first);
        store.save(second);

        assertThat(saved("bind-mounts").path("completed").toString()).isEqualTo("[1]");
    }

    @Test
    void aResetInTheSameSecondAsTheSolveStillForgetsIt() {
        // the REPL stamps a solve in whole seconds; a quick learner resets within that second
        Instant solvedAt = Instant.parse("2026-11-30T04:50:01Z");
        LessonProgress progress = LessonProgress.begunAt(solvedAt.minusSeconds(30));
        progress.complete(1, solvedAt);

        progress.keepSince(solvedAt.plusMillis(700));

        assertThat(progress.isCompleted(1)).isFalse();
    }
}
