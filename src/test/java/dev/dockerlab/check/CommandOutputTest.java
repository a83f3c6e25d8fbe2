package dev.dockerlab.check;

import dev.dockerlab.shell.ShellResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing command check's observed fact keeps the reason: stderr's last line first, the middle cut, never the end. */
class CommandOutputTest {

    private static ShellResult ran(String stdout, String stderr) {
        return new ShellResult(1, stdout, stderr, false, Duration.ZERO, Duration.ofSeconds(30));
    }

    @Test
    void theReasonOnStderrComesFirstAndWhole() {
        String pulled = "Unable to find image locally\n" + "x".repeat(150) + "\n";
        String said = CommandOutput.said(ran("", pulled + "Error response from daemon: container dlt-web is not running\n"));

        assertThat(said).startsWith("said \"Error response from daemon: container dlt-web is not running\" after printing \"");
        assertThat(said.length()).isLessThanOrEqualTo(CommandOutput.MAX_CHARS + 40);
    }

    @Test
    void longOutputIsCutInTheMiddleSoItsEndStays() {
        String diff = "1,2c1\n< /var/lib/docker/overlay2/" + "a".repeat(120) + "/diff\n< /var/lib/docker/overlay2/"
                + "b".repeat(120) + "/diff\n---\n> only one line here\n";
        String said = CommandOutput.said(ran(diff, ""));

        assertThat(said).startsWith("printed \"1,2c1\\n< /var/lib/").contains("...")
                .endsWith("---\\n> only one line here\"");
        assertThat(said.length()).isLessThanOrEqualTo("printed ".length() + CommandOutput.MAX_CHARS + 2);
    }

    @Test
    void shortOutputIsShownWholeAndBlankLinesAreLeftOut() {
        assertThat(CommandOutput.said(ran("a\n\n\nb\n", ""))).isEqualTo("printed \"a\\nb\"");
        assertThat(CommandOutput.said(ran("", "   \n"))).isEqualTo("printed nothing");
        assertThat(CommandOutput.said(ran("", "no such volume\n"))).isEqualTo("said \"no such volume\"");
    }
}
