package dev.dockerlab.failure;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReportTest {

    @Test
    void aRefusedOrTimedOutSocketIsTheDaemonGoingAway() {
        assertThat(FailureReport.readable(new RuntimeException(new ConnectException("Connection refused"))))
                .get().extracting(Throwable::getMessage).asString()
                .startsWith("The Docker daemon stopped answering (Connection refused)");
        assertThat(FailureReport.readable(new RuntimeException(new SocketTimeoutException("Read timed out")))).isPresent();
    }

    @Test
    void aRequestTheDaemonRefusesIsTheUsersInputInOneSentence() {
        Throwable badReference = new RuntimeException(new BadRequestException(
                "Status 400: {\"message\":\"no such image: --help: invalid reference format\"}\n"));
        Throwable missing = new NotFoundException("Status 404: {\"message\":\"No such image: nothing:1\"}");

        assertThat(FailureReport.readable(badReference)).get().isInstanceOf(BadInput.class);
        assertThat(FailureReport.sentence(badReference))
                .isEqualTo("The Docker daemon refused what was asked: no such image: --help: invalid reference format.");
        assertThat(FailureReport.sentence(missing))
                .isEqualTo("The Docker daemon refused what was asked: No such image: nothing:1.");
    }

    @Test
    void aDamagedFileIsNotTheDaemon() {
        assertThat(FailureReport.readable(new UncheckedIOException(new IOException("Truncated TAR archive")))).isEmpty();
        assertThat(FailureReport.readable(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void aFailureIsItsSentenceAndAnythingElseIsABug() {
        assertThat(FailureReport.sentence(new BadInput("There is no lesson 99."))).isEqualTo("There is no lesson 99.");
        assertThat(FailureReport.sentence(new RuntimeException(new ConnectException("Connection refused"))))
                .startsWith("The Docker daemon stopped answering");
        assertThat(FailureReport.sentence(new IllegalStateException("a bug")))
                .isEqualTo("internal error: java.lang.IllegalStateException: a bug (set DOCKERLAB_DEBUG=1 to see where)");
    }

    @Test
    void theStackTraceIsShownOnlyWhenDebugging() {
        StringWriter quiet = new StringWriter();
        new FailureReport(Map.of()).trace(new IllegalStateException("a bug"), new PrintWriter(quiet));
        StringWriter debugging = new StringWriter();
        new FailureReport(Map.of("DOCKERLAB_DEBUG", "1")).trace(new IllegalStateException("a bug"), new PrintWriter(debugging));

        assertThat(quiet.toString()).isEmpty();
        assertThat(debugging.toString()).contains("IllegalStateException: a bug", "at dev.dockerlab.failure.FailureReportTest");
    }
}
