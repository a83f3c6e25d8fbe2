package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.testing.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `dockerlab completion SHELL`: a script the shell loads, which completes verbs, options and lesson ids. */
class CompletionTest {

    @TempDir
    Path home;

    @Test
    void theBashScriptLoadsInARealBashAndTabCompletesVerbsAndLessonIds() throws IOException {
        if (!Tmux.installed()) {
            assertThat(System.getenv("CI") == null && System.getenv("DOCKERLAB_REQUIRE_DAEMON") == null)
                    .as("tmux is missing; scripts/test installs it").isTrue();
            assumeTrue(false, "tmux is not installed");
        }
        Path script = Files.writeString(home.resolve("dockerlab.bash"), completion("bash"));
        Map<String, String> env = Map.of("HOME", home.toString(), "PATH", System.getenv("PATH"), "LANG", "C.UTF-8", "PS1", "$ ",
                "HISTFILE", "/dev/null");

        try (Tmux bash = Tmux.start(home, env, 100, 20, List.of("sh", "-c", "exec bash --norc --noprofile -i 2>&1"))) {
            bash.line("source " + script + " && echo loaded");
            bash.await("the script loads", screen -> screen.contains("\nloaded\n$ "));
            bash.type("dockerlab ver");
            bash.press("Tab");
            bash.await("dockerlab ver<Tab> completes the verb", screen -> screen.contains("$ dockerlab verify "));
            bash.type("--fail");
            bash.press("Tab");
            bash.await("an option of verify completes", screen -> screen.contains("$ dockerlab verify --fail-fast "));
            bash.press("C-u");
            bash.line("echo next");
            bash.await("the line is cleared", screen -> screen.contains("\nnext\n$ "));
            bash.type("dockerlab check bind-");
            bash.press("Tab");
            bash.await("a lesson id completes", screen -> screen.contains("$ dockerlab check bind-mounts "));
        }
    }

    @Test
    void theZshScriptIsTheBashOneThatLoadsZshsBashCompatibility() {
        assertThat(completion("zsh")).contains("bashcompinit", "complete -F _complete_dockerlab");
    }

    @Test
    void theFishScriptCompletesVerbsOptionsAndLessonIds() {
        String fish = completion("fish");

        assertThat(fish).contains("complete -c dockerlab -n __fish_use_subcommand -a 'verify' -d ",
                "complete -c dockerlab -n '__fish_seen_subcommand_from verify' -l fail-fast",
                "complete -c dockerlab -n '__fish_seen_subcommand_from check' -a 'copy-on-write overlay-directories bind-mounts");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        StringWriter err = new StringWriter();
        int status = Cli.create(context(), new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("completion", "tcsh");

        assertThat(status).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("tcsh").contains("bash, zsh, fish");
    }

    private String completion(String shell) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.create(context(), new PrintWriter(out), new PrintWriter(err)).execute("completion", shell);
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    private AppContext context() {
        return new AppContext(Map.of("DOCKERLAB_LESSONS", Path.of("lessons").toAbsolutePath().toString()), home,
                () -> {
                    throw new AssertionError("completion needs no daemon");
                });
    }
}
