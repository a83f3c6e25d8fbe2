package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Colour is on unless --no-color or NO_COLOR (set and not empty, as no-color.org says) turns it off. */
class ColorSettingTest {

    @TempDir
    Path home;

    private boolean color(Map<String, String> env, String... args) {
        AppContext context = new AppContext(env, home, () -> {
            throw new AssertionError("no daemon needed");
        });
        CommandLine cli = Cli.create(context);
        cli.parseArgs(args);
        return ((Dockerlab) cli.getCommand()).settings().color();
    }

    @Test
    void noColorAndTheFlagTurnColourOff() {
        assertThat(color(Map.of())).isTrue();
        assertThat(color(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(color(Map.of("NO_COLOR", "0"))).isFalse();
        assertThat(color(Map.of(), "--no-color")).isFalse();
    }

    @Test
    void anEmptyNoColorLeavesColourOn() {
        assertThat(color(Map.of("NO_COLOR", ""))).isTrue();
    }
}
