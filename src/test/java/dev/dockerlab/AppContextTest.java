package dev.dockerlab;

import dev.dockerlab.failure.DockerUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The home folder is $HOME, as for every tool the learner knows; the account's home only when it is unset. */
class AppContextTest {

    @TempDir
    Path home;

    @Test
    void homeIsDollarHomeWhenSet() {
        assertThat(AppContext.of(Map.of("HOME", home.toString()), "/account/home").home()).isEqualTo(home);
    }

    @Test
    void homeIsTheAccountsWhenDollarHomeIsUnsetOrEmpty() {
        assertThat(AppContext.home(Map.of(), "/account/home")).isEqualTo(Path.of("/account/home"));
        assertThat(AppContext.home(Map.of("HOME", ""), "/account/home")).isEqualTo(Path.of("/account/home"));
        assertThat(AppContext.home(Map.of("HOME", "  "), "/account/home")).isEqualTo(Path.of("/account/home"));
    }

    @Test
    void theDockerCliConfigIsReadFromDollarHome() throws IOException {
        // the docker CLI's context "lab" in $HOME/.docker names a socket that does not exist
        Path config = Files.createDirectories(home.resolve(".docker"));
        Files.writeString(config.resolve("config.json"), "{\"currentContext\": \"lab\"}");
        Path meta = Files.createDirectories(config.resolve("contexts/meta/" + sha256("lab")));
        Path socket = home.resolve("lab.sock");
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"lab\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"unix://" + socket + "\",\"SkipTLSVerify\":false}}}");

        try (AppContext context = AppContext.of(Map.of("HOME", home.toString()), "/account/home")) {
            assertThatThrownBy(context::docker).isInstanceOf(DockerUnavailable.class)
                    .hasMessageContaining("unix://" + socket + " (docker context lab)");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
