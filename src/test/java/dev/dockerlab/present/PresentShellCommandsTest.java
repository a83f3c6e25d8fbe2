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
}
