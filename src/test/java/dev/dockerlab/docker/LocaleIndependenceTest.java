package dev.dockerlab.docker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** In a Turkish locale "I".toLowerCase() is a dotless "ı": words dockerlab writes or matches must not depend on it. */
class LocaleIndependenceTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private Locale before;

    @TempDir
    Path state;

    @BeforeEach
    void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(TURKISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void objectKindWordsAreTheSameInEveryLocale() {
        assertThat(ObjectKind.CONTAINER.word()).isEqualTo("container");
        assertThat(ObjectKind.IMAGE.word()).isEqualTo("image");
    }

    @Test
    void theOwnershipLedgerNamesItsListsInPlainAscii() throws IOException {
        Path file = state.resolve("owned.json");
        Ownership.load(file).record(ObjectKind.CONTAINER, "aaa", "daemon-a");

        assertThat(Files.readString(file)).contains("\"containers\"").doesNotContain("ı");
    }

    @Test
    void aRefusedSocketIsRecognisedWhateverTheLocale() {
        Endpoint endpoint = new Endpoint(URI.create("unix:///run/nowhere.sock"), "DOCKER_HOST", true);

        String message = DaemonConnector.unreachable(endpoint, false, new IOException("CONNECT: PERMISSION DENIED")).getMessage();

        assertThat(message).contains("(permission denied)");
    }
}
