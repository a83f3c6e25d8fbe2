package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonFailuresTest {

    @Test
    void aRefusedOrTimedOutSocketIsTheDaemonGoingAway() {
        assertThat(DaemonFailures.asUnavailable(new RuntimeException(new ConnectException("Connection refused"))))
                .get().extracting(Throwable::getMessage).asString()
                .startsWith("The Docker daemon stopped answering (Connection refused)");
        assertThat(DaemonFailures.asUnavailable(new RuntimeException(new SocketTimeoutException("Read timed out")))).isPresent();
    }

    @Test
    void aDamagedFileIsNotTheDaemon() {
        assertThat(DaemonFailures.asUnavailable(new UncheckedIOException(new IOException("Truncated TAR archive")))).isEmpty();
        assertThat(DaemonFailures.asUnavailable(new IllegalStateException("a bug"))).isEmpty();
    }
}
