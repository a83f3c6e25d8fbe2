package dev.dockerlab.repl;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands echoed as they will run: variables expanded where the shell expands them. */
class ShownCommandTest {

    private static final Map<String, String> VARIABLES = Map.of("IMAGE", "dockerlab/busybox:1", "LAB", "/home/me/lab",
            "LESSON", "bind-mounts");

    @Test
    void expandsBracedAndPlainVariablesButNotInsideSingleQuotesOrLongerNames() {
        assertThat(ShownCommand.expand("docker run --rm -v \"$LAB\":/b ${IMAGE} sh -c 'echo $LAB' $LABEL", VARIABLES))
                .isEqualTo("docker run --rm -v \"/home/me/lab\":/b dockerlab/busybox:1 sh -c 'echo $LAB' $LABEL");
        assertThat(ShownCommand.expand("echo \"it's $LESSON\" $", VARIABLES)).isEqualTo("echo \"it's bind-mounts\" $");
    }

    @Test
    void marksWhereAScriptsCommandsStartAndWhereTheyGoOn() {
        String script = """
                docker rm -f web >/dev/null 2>&1 || true
                cat > "$LAB/Dockerfile" <<EOF
                FROM ${IMAGE}

                EOF
                if docker inspect web; then
                  docker rm web
                fi
                docker run \\
                  --name web ${IMAGE}
                """;

        assertThat(ShownCommand.script(script, VARIABLES)).containsExactly(
                "$ docker rm -f web >/dev/null 2>&1 || true",
                "$ cat > \"/home/me/lab/Dockerfile\" <<EOF",
                "> FROM dockerlab/busybox:1",
                "> ",
                "> EOF",
                "$ if docker inspect web; then",
                ">   docker rm web",
                "> fi",
                "$ docker run \\",
                ">   --name web dockerlab/busybox:1");
    }
}
