package dev.dockerlab.guard;

import dev.dockerlab.lesson.Resources;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The docker CLI through the guard, on the real daemon: everything works but removing what is not the lesson's. */
@DaemonTest
class GuardDaemonTest {

    @TempDir
    Path work;

    private TestDaemon daemon;
    private DockerGuard guard;
    private Map<String, String> environment;
    private String declared;
    private String declaredVolume;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        daemon.labImage();
        declared = daemon.name("guard-web");
        declaredVolume = daemon.name("guard-data");
        daemon.owns("container", declared).owns("volume", declaredVolume);
        guard = DockerGuard.forEndpoint(daemon.connection().endpoint().uri()).orElseThrow();
        environment = guard.environment("guarded", Optional.of(new Resources(List.of(declared), List.of(declaredVolume),
                List.of(daemon.name("guard-built") + ":v1"), List.of())));
    }

    @AfterEach
    void tearDown() {
        guard.close();
    }

    @Test
    void theDockerCliWorksThroughIt() throws IOException {
        assertThat(guarded("docker ps --format '{{.ID}}' >/dev/null && echo listed")).isEqualTo(new Ran(0, "listed\n"));
        assertThat(guarded("docker run --rm --label \"$TEST_LABEL\" \"$IMAGE\" echo hello from a container").output())
                .isEqualTo("hello from a container\n");
        assertThat(guarded("echo typed | docker run --rm -i --label \"$TEST_LABEL\" \"$IMAGE\" cat").output()).isEqualTo("typed\n");

        assertThat(guarded("docker run -d --name " + declared + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker exec " + declared + " sh -c 'echo in exec'").output()).isEqualTo("in exec\n");
        Files.writeString(work.resolve("page.txt"), "copied in\n");
        assertThat(guarded("docker cp \"$WORK/page.txt\" " + declared + ":/tmp/page.txt && docker cp " + declared
                + ":/tmp/page.txt \"$WORK/back.txt\" && cat \"$WORK/back.txt\"").output()).isEqualTo("copied in\n");

        Files.writeString(work.resolve("Dockerfile"), "FROM " + daemon.labImage() + "\nCOPY page.txt /page.txt\n");
        String built = daemon.name("guard-built") + ":v1";
        daemon.owns("image", built);
        Ran build = guarded("DOCKER_BUILDKIT=0 docker build -q --label \"$TEST_LABEL\" -t " + built + " \"$WORK\" >/dev/null"
                + " && docker run --rm " + built + " cat /page.txt && docker rmi " + built + " >/dev/null && echo removed");
        assertThat(build.output()).as(build.toString()).endsWith("copied in\nremoved\n");
        assertThat(guarded("docker rm -f " + declared + " >/dev/null && echo gone").output()).isEqualTo("gone\n");
    }

    @Test
    void whatTheLessonDoesNotDeclareIsNotRemoved() {
        String users = daemon.name("users-own");
        daemon.sh("docker create --name " + users + " --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null");
        daemon.sh("docker volume create --label \"$TEST_LABEL\" " + users + " >/dev/null");
        daemon.sh("docker tag \"$IMAGE\" " + users + ":1");
        daemon.owns("image", users + ":1");
        String id = daemon.sh("docker inspect --format '{{.Id}}' " + users).strip();

        Ran rm = guarded("docker rm -f " + users);
        assertThat(rm.status()).isNotZero();
        assertThat(rm.output()).contains("dockerlab: guarded does not declare container " + users + "; it is not removed");
        assertThat(guarded("docker rm -f " + id.substring(0, 12)).output()).contains("does not declare container " + users);
        assertThat(guarded("docker rename " + users + " " + declared).output()).contains("it is not renamed");
        assertThat(guarded("docker volume rm " + users).output())
                .contains("dockerlab: guarded does not declare volume " + users + "; it is not removed");
        assertThat(guarded("docker rmi " + users + ":1").output()).contains("does not declare image " + users + ":1");
        assertThat(guarded("docker run -d --name " + declared + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker commit " + declared + " " + daemon.name("other") + ":1 >/dev/null && docker tag "
                + daemon.name("other") + ":1 " + users + ":1").output()).contains("it is not retagged");
        daemon.owns("image", daemon.name("other") + ":1");
        assertThat(guarded("printf 'FROM %s\\n' \"$IMAGE\" | docker build -q -t " + users + ":1 -").output())
                .as("a build may not take the name of the user's image").contains("its name is not taken");
        assertThat(guarded("docker commit " + declared + " " + users + ":1").output()).contains("its name is not taken");
        String network = daemon.name("users-net");
        daemon.sh("docker network create --label \"$TEST_LABEL\" " + network + " >/dev/null");
        try {
            assertThat(guarded("docker network rm " + network).output())
                    .contains("dockerlab: guarded may not remove networks/" + network);
            assertThat(daemon.sh("docker network inspect --format '{{.Name}}' " + network)).isEqualTo(network + "\n");
        } finally {
            daemon.trySh("docker network rm " + network);
        }
        assertThat(guarded("docker container prune -f").output()).contains("may not prune containers");
        assertThat(guarded("docker image prune -f").output()).contains("may not prune images");

        assertThat(daemon.sh("docker inspect --format '{{.Name}}' " + users)).isEqualTo("/" + users + "\n");
        assertThat(daemon.sh("docker volume inspect --format '{{.Name}}' " + users)).isEqualTo(users + "\n");
        assertThat(daemon.sh("docker image inspect --format '{{.Id}}' " + users + ":1"))
                .isEqualTo(daemon.sh("docker image inspect --format '{{.Id}}' \"$IMAGE\""));
    }

    @Test
    void aVolumePruneRemovesOnlyWhatTheLessonOwns() {
        String users = daemon.name("users-vol");
        daemon.sh("docker volume create --label \"$TEST_LABEL\" --label project=shop " + users + " >/dev/null");
        String made = daemon.name("made-vol");
        daemon.owns("volume", made);

        Ran pruned = guarded("docker volume create --label \"$TEST_LABEL\" --label project=shop " + made + " >/dev/null"
                + " && docker volume create --label \"$TEST_LABEL\" --label project=shop " + declaredVolume + " >/dev/null"
                + " && docker volume prune -f --filter label=project=shop");

        assertThat(pruned.status()).as(pruned.toString()).isZero();
        assertThat(pruned.output()).contains(made, declaredVolume).doesNotContain(users);
        assertThat(daemon.trySh("docker volume inspect " + made).status()).isNotZero();
        assertThat(daemon.sh("docker volume inspect --format '{{.Name}}' " + users)).isEqualTo(users + "\n");
    }

    private record Ran(int status, String output) {
    }

    private Ran guarded(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            builder.environment().put("IMAGE", daemon.labImage());
            builder.environment().put("TEST_LABEL", daemon.label());
            builder.environment().put("WORK", work.toString());
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Ran(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError(failed);
        }
    }
}
