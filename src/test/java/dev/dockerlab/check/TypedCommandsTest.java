package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code typed} reads Docker's documented spellings of one command as one, and stays a text match otherwise. */
class TypedCommandsTest {

    @TempDir
    Path lab;

    @ParameterizedTest(name = "{1} satisfies typed \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "docker volume ls | docker volume list",
        "docker volume list | docker volume ls -q",
        "docker ps | docker container ls -a",
        "docker container ls | docker ps -a",
        "docker container ps | docker container list",
        "docker rm | docker container remove web",
        "docker container rm web | docker rm web",
        "docker images | docker image ls",
        "docker image list | docker images",
        "docker rmi | docker image rm busybox",
        "docker run | docker container run --rm busybox",
        "docker volume rm | docker volume remove site",
        "--volumes-from client1 | docker run --volumes-from /client1 busybox ls",
        "--volumes-from client1 | docker run --volumes-from=client1 busybox ls",
        "docker run --name web | docker run --name=web busybox",
        "rm -f | docker rm -f web",
        "volume create | sudo   docker  volume create site",
        "start | docker restart web",
    })
    void anotherSpellingOfTheSameCommandCounts(String wanted, String typed) {
        assertThat(TypedCommands.matches(typed, wanted)).isTrue();
    }

    @ParameterizedTest(name = "{1} does not satisfy typed \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "docker volume ls | docker volume create list",
        "docker ps | docker psx",
        "docker rm | docker rmi busybox",
        "docker volume rm | docker container rm web",
        "--volumes-from client1 | docker run --volumes-from client10 busybox",
    })
    void otherCommandsDoNot(String wanted, String typed) {
        assertThat(TypedCommands.matches(typed, wanted)).isFalse();
    }

    @Test
    void theTypedCheckAcceptsTheDocumentedAlias() throws CheckSyntaxException {
        FakeDockerState state = new FakeDockerState();
        try (Evaluation evaluation = new Evaluation(state, new Shell(new Variables(lab.toString(), "dockerlab/lab:1", "t")),
                List.of("docker volume list"))) {
            assertThat(evaluation.evaluate(CheckParser.parse("typed \"docker volume ls\"")))
                    .isEqualTo(Verdict.of(true, "you typed: docker volume list"));
        }
    }
}
