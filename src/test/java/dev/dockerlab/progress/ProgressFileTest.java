package dev.dockerlab.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.model.StartState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** progress.json is the learner's record: a file written by an earlier dockerlab reads and writes back unchanged. */
class ProgressFileTest {

    /** Every field, as dockerlab wrote them before the fields became private. */
    private static final String SAVED = """
            {
              "version" : 1,
              "currentLesson" : "bind-mounts",
              "lessons" : {
                "bind-mounts" : {
                  "step" : 4,
                  "completed" : [ 1, 2 ],
                  "solved" : {
                    "1" : {
                      "at" : "2024-05-01T10:00:00Z",
                      "commands" : [ "mkdir -p site", "docker run -d --name web nginx" ]
                    },
                    "2" : {
                      "at" : "2024-05-01T10:05:00Z",
                      "commands" : [ ]
                    }
                  },
                  "setupDone" : [ 1, 3 ],
                  "typed" : {
                    "1" : [ "mkdir -p site", "docker run -d --name web nginx" ]
                  },
                  "hintsUsed" : {
                    "1" : 2
                  },
                  "plainHintsShown" : {
                    "1" : 1
                  },
                  "secondsSpent" : 300,
                  "foreignAtStart" : [ "site@2024-04-30T09:00:00Z" ],
                  "started" : true
                },
                "copy-on-write" : {
                  "step" : 1,
                  "completed" : [ ],
                  "solved" : { },
                  "setupDone" : [ ],
                  "typed" : { },
                  "hintsUsed" : { },
                  "plainHintsShown" : { },
                  "secondsSpent" : 0,
                  "foreignAtStart" : [ ],
                  "started" : false
                }
              }
            }""";

    @TempDir
    Path state;

    @Test
    void anEarlierFileReadsAndWritesBackTheSame() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Files.writeString(store.file(), SAVED);

        store.save(store.load().progress());

        assertThat(Files.readString(store.file())).isEqualTo(SAVED);
    }

    @Test
    void aFreshLessonIsWrittenWithEveryField() throws Exception {
        Progress progress = new Progress();
        progress.lesson("copy-on-write");

        ObjectMapper json = new ObjectMapper();
        ObjectNode fresh = (ObjectNode) json.readTree(ProgressStore.toJson(progress)).at("/lessons/copy-on-write");
        assertThat(Instant.parse(fresh.remove("begun").asText())).as("when it began, so a merge can tell a reset from it")
                .isBeforeOrEqualTo(Instant.now());
        assertThat(fresh).isEqualTo(json.readTree(SAVED).at("/lessons/copy-on-write"));
    }

    @Test
    void anExerciseStaysDoneAsFirstSolved() throws Exception {
        Progress progress = new Progress();
        LessonProgress lesson = progress.lesson("bind-mounts");
        lesson.addTyped(1, "docker volume create site");

        lesson.complete(1, Instant.parse("2024-05-01T10:00:00Z"));
        lesson.addTyped(1, "docker volume rm site");
        lesson.complete(1, Instant.parse("2024-05-02T10:00:00Z"));

        assertThat(lesson.isCompleted(1)).isTrue();
        assertThat(lesson.typed(1)).isEqualTo(List.of("docker volume create site", "docker volume rm site"));
        JsonNode solved = new ObjectMapper().readTree(ProgressStore.toJson(progress)).at("/lessons/bind-mounts/solved/1");
        assertThat(solved.path("at").asText()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(solved.path("commands").toString()).isEqualTo("[\"docker volume create site\"]");
    }

    @Test
    void whatHappensInALessonIsWrittenUnderItsOwnName() throws Exception {
        Progress progress = new Progress();
        progress.moveTo("bind-mounts");
        LessonProgress lesson = progress.lesson("bind-mounts");
        lesson.start(List.of("site@2024-04-30T09:00:00Z"));
        lesson.moveTo(3);
        lesson.setupRan(2);
        lesson.spend(90);

        JsonNode saved = new ObjectMapper().readTree(ProgressStore.toJson(progress));

        assertThat(saved.path("currentLesson").asText()).isEqualTo("bind-mounts");
        JsonNode bindMounts = saved.at("/lessons/bind-mounts");
        assertThat(bindMounts.path("started").asBoolean()).isTrue();
        assertThat(bindMounts.path("foreignAtStart").toString()).isEqualTo("[\"site@2024-04-30T09:00:00Z\"]");
        assertThat(bindMounts.path("step").asInt()).isEqualTo(3);
        assertThat(bindMounts.path("setupDone").toString()).isEqualTo("[2]");
        assertThat(bindMounts.path("secondsSpent").asLong()).isEqualTo(90);

        progress.forget("bind-mounts");

        assertThat(progress.existing("bind-mounts")).isEmpty();
        assertThat(progress.currentLesson()).contains("bind-mounts");
    }

    @Test
    void theRunsTokenAndEachExercisesStartSurviveARestartAndGoWithAReset() throws Exception {
        ProgressStore store = new ProgressStore(state);
        Progress progress = new Progress();
        LessonProgress lesson = progress.lesson("anonymous-volumes");
        String token = lesson.token();
        StartState start = new StartState(
                Map.of("anon-web", new StartState.ContainerAtStart("c0ffee", Map.of("/data", "a".repeat(64)))),
                Map.of("website", "2024-05-01T10:00:00.123456789Z"));
        lesson.recordStart(2, start);
        lesson.recordStart(2, new StartState(Map.of(), Map.of()));
        store.save(progress);

        LessonProgress reloaded = store.load().progress().lesson("anonymous-volumes");

        assertThat(token).matches("[0-9a-f]{16}");
        assertThat(reloaded.token()).isEqualTo(token);
        assertThat(reloaded.start(2)).contains(start);
        assertThat(reloaded.start(1)).isEmpty();
        progress.forget("anonymous-volumes");
        assertThat(progress.lesson("anonymous-volumes").token()).isNotEqualTo(token);
    }
}
