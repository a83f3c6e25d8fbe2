package dev.dockerlab.present;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresentShellCommandsTest {

    @Test
    void eachLineIsACommandAndBlankLinesAreLeftOut() {
        assertThat(ShellCommands.of("docker ps\n\n  docker volume ls  \n"))
                .containsExactly("docker ps", "  docker volume ls");
    }

    @Test
    void aCommandTheShellSeesUnfinishedTakesTheNextLinesWithIt() {
        String script = """
                cat > "$LAB/Dockerfile" <<EOF
                FROM $IMAGE
                EOF
                if docker inspect web >/dev/null 2>&1; then
                  docker rm -f web
                fi
                docker run --rm "$IMAGE" \\
                  echo 'two
                lines'
                echo done
                """;

        assertThat(ShellCommands.of(script)).containsExactly(
                "cat > \"$LAB/Dockerfile\" <<EOF\nFROM $IMAGE\nEOF",
                "if docker inspect web >/dev/null 2>&1; then\n  docker rm -f web\nfi",
                "docker run --rm \"$IMAGE\" \\\n  echo 'two\nlines'",
                "echo done");
    }

    @Test
    void anUnfinishedEndIsStillACommand() {
        assertThat(ShellCommands.of("echo one\nif true; then")).containsExactly("echo one", "if true; then");
    }

    @Test
    void aLineThatShowsNothingAndCannotFailIsHousekeeping() {
        assertThat(ShellCommands.isHousekeeping("docker rm -f cow-web >/dev/null 2>&1 || true")).isTrue();
        assertThat(ShellCommands.isHousekeeping("docker rm -f a b &> /dev/null || :")).isTrue();
        assertThat(ShellCommands.isHousekeeping("docker volume rm v > /dev/null 2>/dev/null || true")).isTrue();

        assertThat(ShellCommands.isHousekeeping("docker rm -f cow-web")).as("the audience should see it").isFalse();
        assertThat(ShellCommands.isHousekeeping("docker start web >/dev/null 2>&1 || docker run -d --name web img"))
                .as("its second half shows something").isFalse();
        assertThat(ShellCommands.isHousekeeping("docker rm -f web >/dev/null || true")).as("its errors show").isFalse();
        assertThat(ShellCommands.isHousekeeping("if true; then\n  docker rm -f web >/dev/null 2>&1 || true\nfi")).isFalse();
    }
}
